package org.hocr.bench;

import java.lang.management.ManagementFactory;
import org.hocr.api.Decision;
import org.hocr.api.Report;
import org.hocr.core.HocrEngine;

/**
 * Benchmark 3: from JVM start to the first decision. Run in a fresh JVM, with the launch time in nanoseconds since
 * the epoch as the argument ({@code date +%s%N}), as benchmarks/run-coldstart.sh does. Prints one line of
 * milliseconds: launch to main, engine ready (rule base built), first decision, launch to first decision.
 */
public final class FirstDecision {
    private FirstDecision() {
    }

    public static void main(String[] args) {
        long mainStarted = System.nanoTime();
        long mainEpochMillis = System.currentTimeMillis();
        HocrEngine engine = new HocrEngine();
        long ready = System.nanoTime();
        Report report = Cases.campaign(7);
        Decision decision = engine.decide(report);
        long decided = System.nanoTime();
        long decidedEpochNanos = System.currentTimeMillis() * 1_000_000L;
        if (decision.crimes().size() != 1) {
            throw new IllegalStateException("unexpected first decision: " + decision);
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long launched = args.length > 0 ? Long.parseLong(args[0]) : jvmStart * 1_000_000L;
        long launchToMain = mainEpochMillis - launched / 1_000_000L;
        System.out.printf("launch-to-main %d ms, rule base %d ms, first decision %d ms, launch-to-first-decision %d ms"
                        + " (JVM's own start to first decision %d ms)%n", launchToMain, (ready - mainStarted) / 1_000_000,
                (decided - ready) / 1_000_000, (decidedEpochNanos - launched) / 1_000_000,
                decidedEpochNanos / 1_000_000 - jvmStart);
    }
}
