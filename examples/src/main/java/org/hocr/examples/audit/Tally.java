package org.hocr.examples.audit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hocr.api.Crime;
import org.hocr.api.Problem;
import org.hocr.api.Question;

/**
 * The aggregate of a batch: counts only, plus a few examples of each kind for the report. Its size does not grow
 * with the batch (the classifications and question rules are bounded by the rule base).
 */
public final class Tally implements Audit.Listener {
    private final int examplesPerKind;
    private long agreed;
    private long disagreed;
    private long needsInformation;
    private long rejected;
    private final Map<DisagreementKind, Long> byKind = new EnumMap<>(DisagreementKind.class);
    private final Map<DisagreementKind, Long> casesWithKind = new EnumMap<>(DisagreementKind.class);
    private final Map<String, long[]> classifications = new TreeMap<>();
    private final Map<String, Long> questionsByRule = new TreeMap<>();
    private final Map<DisagreementKind, List<Example>> examples = new EnumMap<>(DisagreementKind.class);
    private final List<Example> needsInformationExamples = new ArrayList<>();
    private final List<Example> rejectedExamples = new ArrayList<>();
    private final Map<String, Map<String, Long>> expectedVsFound = new TreeMap<>();

    /**
     * One case shown as an example.
     *
     * @param line     its input line
     * @param caseId   its case id (may be {@code null} for a record that could not be read)
     * @param summary  what was found, in one line
     * @param details  the explanation lines
     */
    public record Example(long line, String caseId, String summary, List<String> details) {
        public Example {
            details = List.copyOf(details);
        }
    }

    public Tally(int examplesPerKind) {
        this.examplesPerKind = examplesPerKind;
    }

    @Override
    public void accept(CaseResult result) {
        switch (result.outcome()) {
            case AGREED -> agreed++;
            case DISAGREED -> disagreed(result);
            case NEEDS_INFORMATION -> needsInformation(result);
            case REJECTED -> rejected(result);
        }
        if (result.decision() != null) {
            for (Crime crime : result.decision().crimes()) {
                classifications.computeIfAbsent(CrimeEntry.of(crime).classification(), k -> new long[2])[0]++;
            }
            for (CrimeEntry crime : result.recorded()) {
                classifications.computeIfAbsent(crime.classification(), k -> new long[2])[1]++;
            }
        }
        if (result.generated() != null && result.generated().expected() != null) {
            expectedVsFound.computeIfAbsent(result.generated().expected(), k -> new TreeMap<>())
                    .merge(result.found(), 1L, Long::sum);
        }
    }

    private void disagreed(CaseResult result) {
        disagreed++;
        DisagreementKind primary = result.primaryKind();
        byKind.merge(primary, 1L, Long::sum);
        result.kinds().forEach(kind -> casesWithKind.merge(kind, 1L, Long::sum));
        List<Example> shown = examples.computeIfAbsent(primary, k -> new ArrayList<>());
        if (shown.size() < examplesPerKind) {
            List<String> details = new ArrayList<>();
            for (Finding finding : result.findings()) {
                details.add(finding.kind().label() + ": " + finding.why());
                finding.evidence().forEach(line -> details.add("  " + line));
            }
            shown.add(new Example(result.line(), result.caseId(), result.findings().get(0).why(), details));
        }
    }

    private void needsInformation(CaseResult result) {
        needsInformation++;
        for (Question question : result.decision().questions()) {
            questionsByRule.merge(question.ruleId(), 1L, Long::sum);
        }
        if (needsInformationExamples.size() < examplesPerKind) {
            List<Question> questions = result.decision().questions();
            needsInformationExamples.add(new Example(result.line(), result.caseId(), questions.isEmpty() ? "a judgement is needed"
                    : questions.get(0).question() + (questions.size() > 1 ? " (and " + (questions.size() - 1) + " more)" : ""),
                    questions.stream().map(q -> "[" + q.ruleId() + "] " + q.question() + " Why: " + q.why()).toList()));
        }
    }

    private void rejected(CaseResult result) {
        rejected++;
        if (rejectedExamples.size() < examplesPerKind * 4) {
            rejectedExamples.add(new Example(result.line(), result.caseId(), result.problems().size()
                    + (result.problems().size() == 1 ? " problem" : " problems"),
                    result.problems().stream().map(Problem::toString).toList()));
        }
    }

    public long agreed() {
        return agreed;
    }

    public long disagreed() {
        return disagreed;
    }

    public long needsInformation() {
        return needsInformation;
    }

    public long rejected() {
        return rejected;
    }

    /** Every record counted once: agreed + disagreed + needs information + rejected. */
    public long accounted() {
        return agreed + disagreed + needsInformation + rejected;
    }

    /** Disagreeing cases by their primary kind (these add up to the disagreeing cases). */
    public Map<DisagreementKind, Long> byKind() {
        return new EnumMap<>(byKind);
    }

    /** Disagreeing cases showing each kind at all (a case can show several). */
    public Map<DisagreementKind, Long> casesWithKind() {
        return new EnumMap<>(casesWithKind);
    }

    /** Crimes by classification: [recorded by the rules, recorded by the force], over cases not rejected. */
    public Map<String, long[]> classifications() {
        Map<String, long[]> copy = new LinkedHashMap<>();
        classifications.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /** The questions the needs-information cases raise, by brief rule id. */
    public Map<String, Long> questionsByRule() {
        return new TreeMap<>(questionsByRule);
    }

    /** The first few cases of each primary kind. */
    public Map<DisagreementKind, List<Example>> examples() {
        Map<DisagreementKind, List<Example>> copy = new EnumMap<>(DisagreementKind.class);
        examples.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    public List<Example> needsInformationExamples() {
        return List.copyOf(needsInformationExamples);
    }

    public List<Example> rejectedExamples() {
        return List.copyOf(rejectedExamples);
    }

    /** For generated batches: what the generator expected against what the audit found, with counts. */
    public Map<String, Map<String, Long>> expectedVsFound() {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        expectedVsFound.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
        return copy;
    }
}
