package org.hocr.examples.audit;

import java.util.List;
import org.hocr.api.Decision;
import org.hocr.api.DecisionStatus;
import org.hocr.api.InvalidReportException;
import org.hocr.api.Problem;
import org.hocr.api.RecordingDecider;
import org.hocr.api.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Audits one record: reads it, has the rules decide its report, and compares the decision with the force's record. */
public final class CaseAuditor {
    private static final Logger LOG = LoggerFactory.getLogger(CaseAuditor.class);

    private final RecordingDecider decider;

    public CaseAuditor(RecordingDecider decider) {
        this.decider = decider;
    }

    /** The audit of one record; never throws: a record that cannot be audited is rejected with the reason. */
    public CaseResult audit(PendingRecord pending) {
        AuditRecord record;
        try {
            record = pending.reader().read();
        } catch (BadRecordException e) {
            return CaseResult.rejected(pending.line(), pending.caseId() != null ? pending.caseId() : e.caseId(), e.problems());
        }
        String caseId = record.report().id();
        try {
            Recorded recorded = record.recorded();
            Decision decision = decider.decide(withOutcome(record.report(), recorded.outcomeCode()));
            Comparison.Verdict verdict = Comparison.compare(decision, recorded);
            CaseOutcome outcome = decision.status() == DecisionStatus.NEEDS_INFORMATION ? CaseOutcome.NEEDS_INFORMATION
                    : verdict.findings().isEmpty() ? CaseOutcome.AGREED : CaseOutcome.DISAGREED;
            return new CaseResult(pending.line(), caseId, outcome,
                    outcome == CaseOutcome.DISAGREED ? verdict.findings() : List.of(), verdict.notes(), decision,
                    recorded.crimes().stream().map(CrimeEntry::of).toList(), recorded.outcomeCode(), List.of(),
                    record.generated());
        } catch (InvalidReportException e) {
            return CaseResult.rejected(pending.line(), caseId, e.problems());
        } catch (RuntimeException e) {
            // The exception's message may quote the facts: log only where and what kind.
            LOG.warn("line {}: case {} could not be decided: {}", pending.line(), caseId, e.getClass().getName());
            return CaseResult.rejected(pending.line(), caseId, List.of(new Problem("$",
                    "could not be decided: internal error (" + e.getClass().getSimpleName() + ")")));
        }
    }

    /** The report with the force's outcome code, so that the rules can judge it (D10). */
    private static Report withOutcome(Report r, Integer outcomeCode) {
        if (outcomeCode == null || outcomeCode.equals(r.outcomeCode())) {
            return r;
        }
        return new Report(r.id(), r.asAt(), r.persons(), r.relationships(), r.occasions(), r.effects(), r.hostilities(),
                r.assessments(), r.orders(), r.priorRecords(), r.received(), r.recorded(), outcomeCode);
    }
}
