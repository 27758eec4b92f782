package org.hocr.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hocr.api.Report;

/** What a set of typical cases decides to, by the reference: so that the benchmark's mix is on the record. */
final class Mix {
    private Mix() {
    }

    static String of(List<Report> reports) {
        Map<String, Integer> counts = new TreeMap<>();
        long occasions = 0;
        for (Report report : reports) {
            occasions += report.occasions().size();
            ReferenceDecider.Outcome outcome = ReferenceDecider.decide(report);
            counts.merge(outcome.status().name(), 1, Integer::sum);
            outcome.crimes().forEach(c -> counts.merge("crime " + c.legislation().replace("Protection from Harassment Act 1997 ", ""), 1, Integer::sum));
            outcome.incidents().forEach(i -> counts.merge("incident", 1, Integer::sum));
        }
        return String.format("%.1f occasions a case; %s", (double) occasions / reports.size(), counts);
    }
}
