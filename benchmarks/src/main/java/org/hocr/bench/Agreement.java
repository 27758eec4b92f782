package org.hocr.bench;

import java.util.ArrayList;
import java.util.List;
import org.hocr.api.RecordingDecider;
import org.hocr.api.Report;

/** Checks that the engine and the plain-Java reference decide the same cases the same way. */
public final class Agreement {
    private Agreement() {
    }

    /** Throws, naming the first differences, unless both decide every report alike; returns how many agreed. */
    public static int require(RecordingDecider engine, List<Report> reports) {
        List<String> differences = new ArrayList<>();
        for (Report report : reports) {
            ReferenceDecider.Outcome expected = ReferenceDecider.of(engine.decide(report));
            ReferenceDecider.Outcome actual = ReferenceDecider.decide(report);
            if (!expected.equals(actual)) {
                differences.add(report.id() + "\n  engine:    " + expected + "\n  reference: " + actual);
            }
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException("The plain-Java reference disagrees with the engine on " + differences.size()
                    + " of " + reports.size() + " cases, for example:\n"
                    + String.join("\n", differences.subList(0, Math.min(5, differences.size()))));
        }
        return reports.size();
    }

    /** {@code java -cp benchmarks.jar org.hocr.bench.Agreement [count] [seed]}: checks and prints the mix of outcomes. */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        List<Report> reports = Cases.typical(count, seed);
        require(new org.hocr.core.HocrEngine(), reports);
        System.out.println("engine and reference agree on " + count + " typical cases (seed " + seed + "); " + Mix.of(reports));
    }
}
