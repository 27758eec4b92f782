package org.hocr.examples.audit;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.hocr.api.Crime;
import org.hocr.api.Problem;
import org.hocr.api.Question;
import org.hocr.api.json.HocrJson;

/**
 * Writes one JSON object per case, one per line, as results arrive: the outcome, the findings with their
 * explanation, what the rules and the force record, and, as chosen, the decision's full explanation.
 */
public final class CaseJsonWriter implements Audit.Listener, AutoCloseable {
    private static final ObjectWriter JSON = HocrJson.mapper().writerFor(CaseView.class);

    private final Writer out;
    private final Explain explain;

    /** Which cases carry the decision's full explanation. */
    public enum Explain {
        /** Every case decided. */
        ALL,
        /** Cases that disagree or need information (the default). */
        DISAGREEMENTS,
        /** None: findings only. */
        NONE
    }

    /** One case as the per-case JSON shows it. */
    record CaseView(long line, String caseId, CaseOutcome outcome, List<DisagreementKind> kinds, List<Finding> findings,
                    List<String> notes, String status, List<Crime> rules, List<CrimeEntry> recorded, Integer outcomeCode,
                    List<Question> questions, List<String> explanation, List<Problem> problems,
                    GeneratedLabel generated) {
    }

    public CaseJsonWriter(Writer out, Explain explain) {
        this.out = out;
        this.explain = explain;
    }

    @Override
    public void accept(CaseResult r) throws IOException {
        boolean decided = r.decision() != null;
        boolean explained = decided && (explain == Explain.ALL
                || explain == Explain.DISAGREEMENTS && r.outcome() != CaseOutcome.AGREED);
        CaseView view = new CaseView(r.line(), r.caseId(), r.outcome(), r.kinds(), r.findings(), r.notes(),
                decided ? r.decision().status().name() : null, decided ? r.decision().crimes() : null, r.recorded(),
                r.outcomeCode(), decided ? r.decision().questions() : null,
                explained ? r.decision().explanation().stream().map(s -> "[" + s.ruleId() + "] " + s.text()).toList() : null,
                r.problems().isEmpty() ? null : r.problems(), r.generated());
        out.write(JSON.writeValueAsString(view));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
