package org.hocr.bench;

import java.util.concurrent.TimeUnit;
import org.hocr.api.Crime;
import org.hocr.api.Decision;
import org.hocr.api.Report;
import org.hocr.core.HocrEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 2: time for one decision as a case grows, from 1 to 10,000 occasions (a stalking campaign of silent
 * calls, 25 a night). The growth factor per 10x is the ratio of neighbouring figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
public class ScalingBenchmark {
    @Param({"1", "10", "100", "1000", "10000"})
    public int occasions;

    private Report report;
    private HocrEngine engine;

    @Setup
    public void setUp() {
        report = Cases.campaign(occasions);
        engine = new HocrEngine();
        Decision decision = engine.decide(report);
        if (occasions >= 2) {
            // s4A, one crime covering every occasion (fear of violence on the first two calls).
            Crime crime = decision.crimes().size() == 1 ? decision.crimes().get(0) : null;
            if (crime == null || !crime.legislation().endsWith("s4A") || crime.occasionIds().size() != occasions) {
                throw new IllegalStateException("unexpected decision for " + occasions + " occasions: " + decision.crimes());
            }
        } else if (decision.incidents().size() != 1) {
            throw new IllegalStateException("one occasion should be an incident: " + decision);
        }
    }

    @Benchmark
    public Decision decide() {
        return engine.decide(report);
    }
}
