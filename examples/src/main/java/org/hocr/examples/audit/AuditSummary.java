package org.hocr.examples.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of an audit, as the JSON summary, the text summary and the HTML report show it.
 *
 * @param input            the input's name
 * @param format           {@code jsonl} or {@code csv}
 * @param records          what became of every record read
 * @param compliance       the share of settled cases recorded as the rules record them, with its 95 % interval
 * @param byKind           disagreeing cases by primary kind (they add up to {@code records.disagreed})
 * @param casesWithKind    disagreeing cases showing each kind at all
 * @param byClassification crimes by classification, as the rules and as the force record them
 * @param questionsByRule  the judgements the needs-information cases lack, by brief rule id
 * @param generated        for generated batches, the generator's expectation against the audit's finding
 * @param rulebook         the library version, rule-set hash and rulebook options the audit ran with
 * @param run              how long it took
 */
public record AuditSummary(String input, String format, Records records, Compliance compliance,
                           Map<String, Long> byKind, Map<String, Long> casesWithKind,
                           List<ClassificationCount> byClassification, Map<String, Long> questionsByRule,
                           GeneratedCheck generated, Rulebook rulebook, Run run) {

    /**
     * Every record read, accounted for once.
     *
     * @param read             records read
     * @param agreed           the force recorded what the rules record
     * @param disagreed        the force's recording differs
     * @param needsInformation a judgement is missing before the recording can be checked
     * @param rejected         not readable or not valid
     * @param accountedFor     whether read = agreed + disagreed + needsInformation + rejected
     */
    public record Records(long read, long agreed, long disagreed, long needsInformation, long rejected,
                          boolean accountedFor) {
    }

    /**
     * The compliance rate: agreed / (agreed + disagreed), with the Wilson 95 % interval; {@code null} values if no
     * case could be settled.
     */
    public record Compliance(String basis, Double rate, Double low, Double high, String interval) {
    }

    /** Crimes of one classification: how many the rules record and how many the force recorded. */
    public record ClassificationCount(String classification, long rules, long recorded) {
    }

    /** The generator's expectation against the audit's finding, for generated batches. */
    public record GeneratedCheck(long labelled, long matched, Map<String, Map<String, Long>> expectedVsFound) {
    }

    /** What the audit ran with. */
    public record Rulebook(String libraryVersion, String ruleSetHash, Map<String, String> options) {
    }

    /** How long the audit took. */
    public record Run(double seconds, double recordsPerSecond, int threads) {
    }

    /** The summary of a finished audit. */
    public static AuditSummary of(String input, String format, long read, Tally tally, Rulebook rulebook, Run run) {
        long settled = tally.agreed() + tally.disagreed();
        Compliance compliance;
        if (settled == 0) {
            compliance = new Compliance("agreed / (agreed + disagreed)", null, null, null, "Wilson score, 95 %");
        } else {
            WilsonInterval wilson = WilsonInterval.of95(tally.agreed(), settled);
            compliance = new Compliance("agreed / (agreed + disagreed)", wilson.rate(), wilson.low(), wilson.high(),
                    "Wilson score, 95 %");
        }
        Map<String, Long> byKind = new LinkedHashMap<>();
        tally.byKind().forEach((k, v) -> byKind.put(k.name(), v));
        Map<String, Long> withKind = new LinkedHashMap<>();
        tally.casesWithKind().forEach((k, v) -> withKind.put(k.name(), v));
        List<ClassificationCount> classifications = new ArrayList<>();
        tally.classifications().forEach((k, v) -> classifications.add(new ClassificationCount(k, v[0], v[1])));
        Map<String, Map<String, Long>> expected = tally.expectedVsFound();
        GeneratedCheck generated = null;
        if (!expected.isEmpty()) {
            long labelled = 0;
            long matched = 0;
            for (Map.Entry<String, Map<String, Long>> row : expected.entrySet()) {
                for (Map.Entry<String, Long> cell : row.getValue().entrySet()) {
                    labelled += cell.getValue();
                    matched += row.getKey().equals(cell.getKey()) ? cell.getValue() : 0;
                }
            }
            generated = new GeneratedCheck(labelled, matched, expected);
        }
        Records records = new Records(read, tally.agreed(), tally.disagreed(), tally.needsInformation(), tally.rejected(),
                read == tally.accounted());
        return new AuditSummary(input, format, records, compliance, byKind, withKind, classifications,
                tally.questionsByRule(), generated, rulebook, run);
    }
}
