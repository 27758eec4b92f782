package org.hocr.bench;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
 * Benchmark 1 and 5: decisions per second on typical cases (1 to 10 occasions, 1 or 2 victims), with the full
 * explanation, on one thread and on every core; and the plain-Java reference on the same cases. The setup checks
 * that both decide every case alike and fails the run if not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class TypicalBenchmark {
    /** How many distinct cases the threads cycle through. */
    @Param("1000")
    public int cases;

    private Report[] reports;
    private HocrEngine engine;

    @Setup
    public void setUp() {
        List<Report> typical = Cases.typical(cases, 42);
        engine = new HocrEngine();
        Agreement.require(engine, typical);
        reports = typical.toArray(new Report[0]);
    }

    /** Each thread's place in the cases (threads start at different places). */
    @State(Scope.Thread)
    public static class Cursor {
        int next = ThreadLocalRandom.current().nextInt(1 << 20);
    }

    private Report next(Cursor cursor) {
        return reports[cursor.next++ % reports.length];
    }

    @Benchmark
    @Threads(1)
    public Decision engineOneThread(Cursor cursor) {
        return engine.decide(next(cursor));
    }

    @Benchmark
    @Threads(Threads.MAX)
    public Decision engineAllCores(Cursor cursor) {
        return engine.decide(next(cursor));
    }

    @Benchmark
    @Threads(1)
    public ReferenceDecider.Outcome referenceOneThread(Cursor cursor) {
        return ReferenceDecider.decide(next(cursor));
    }

    @Benchmark
    @Threads(Threads.MAX)
    public ReferenceDecider.Outcome referenceAllCores(Cursor cursor) {
        return ReferenceDecider.decide(next(cursor));
    }
}
