package org.hocr.bench;

import java.util.List;
import org.hocr.api.Report;
import org.hocr.core.HocrEngine;

/**
 * Decides cases in a loop for a while, for profiling with JFR (benchmarks/profile.sh):
 * {@code Loop typical SECONDS} or {@code Loop campaign SECONDS OCCASIONS}. Prints decisions per second.
 */
public final class Loop {
    private Loop() {
    }

    public static void main(String[] args) {
        String kind = args.length > 0 ? args[0] : "typical";
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 30;
        List<Report> reports = kind.equals("campaign")
                ? List.of(Cases.campaign(args.length > 2 ? Integer.parseInt(args[2]) : 10_000))
                : Cases.typical(1000, 42);
        HocrEngine engine = new HocrEngine();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long decisions = 0;
        int crimes = 0;
        while (System.nanoTime() < end) {
            crimes += engine.decide(reports.get((int) (decisions++ % reports.size()))).crimes().size();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%s: %d decisions in %.1f s, %.0f a second, %.3f ms each; CPU %.1f s, %.3f ms of CPU each"
                + " (%d crimes)%n", kind, decisions, elapsed, decisions / elapsed, elapsed * 1000 / decisions, cpu,
                cpu * 1000 / decisions, crimes);
    }
}
