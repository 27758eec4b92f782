package org.hocr.examples.audit;

import java.util.List;
import org.hocr.api.Decision;
import org.hocr.api.Problem;

/**
 * The audit of one record.
 *
 * @param line        the input line the record starts on
 * @param caseId      the case id, if it could be read
 * @param outcome     agreed, disagreed, needs information or rejected
 * @param findings    the disagreements, most specific first (empty unless disagreed)
 * @param notes       remarks that are not disagreements
 * @param decision    the rules' decision ({@code null} if rejected)
 * @param recorded    what the force recorded ({@code null} if rejected)
 * @param outcomeCode the outcome code the force assigned, if any
 * @param problems    why the record was rejected (empty otherwise)
 * @param generated   the generator's label, for synthetic batches
 */
public record CaseResult(long line, String caseId, CaseOutcome outcome, List<Finding> findings, List<String> notes,
                         Decision decision, List<CrimeEntry> recorded, Integer outcomeCode, List<Problem> problems,
                         GeneratedLabel generated) {

    public CaseResult {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
        recorded = recorded == null ? null : List.copyOf(recorded);
        problems = List.copyOf(problems);
    }

    /** A record that could not be read or is not valid. */
    public static CaseResult rejected(long line, String caseId, List<Problem> problems) {
        return new CaseResult(line, caseId, CaseOutcome.REJECTED, List.of(), List.of(), null, null, null, problems, null);
    }

    /** The primary (most specific) kind of disagreement, or {@code null} if the case did not disagree. */
    public DisagreementKind primaryKind() {
        return findings.isEmpty() ? null : findings.get(0).kind();
    }

    /** What the audit found, as one word: AGREED, NEEDS_INFORMATION, REJECTED or the primary kind. */
    public String found() {
        return outcome == CaseOutcome.DISAGREED ? primaryKind().name() : outcome.name();
    }

    /** Every kind of disagreement found, once each, most specific first. */
    public List<DisagreementKind> kinds() {
        return findings.stream().map(Finding::kind).distinct().toList();
    }
}
