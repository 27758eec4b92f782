package org.hocr.bench;

import java.util.concurrent.TimeUnit;
import org.hocr.core.RuleBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 3 (part): building the rule base from the build-time executable model, cold: one load in each fresh
 * JVM, class loading included. JVM start to first decision is measured by {@link FirstDecision}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class RuleBaseBenchmark {
    @Benchmark
    public RuleBase coldLoad() {
        return RuleBase.load();
    }
}
