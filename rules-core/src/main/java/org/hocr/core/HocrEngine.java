package org.hocr.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hocr.api.Crime;
import org.hocr.api.Decision;
import org.hocr.api.DecisionStatus;
import org.hocr.api.Flag;
import org.hocr.api.Incident;
import org.hocr.api.Prompt;
import org.hocr.api.Question;
import org.hocr.api.RecordingDecider;
import org.hocr.api.Rejection;
import org.hocr.api.Report;
import org.hocr.api.ReportValidator;
import org.hocr.api.RulebookOptions;
import org.hocr.api.Stamp;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Drools engine behind {@link RecordingDecider}. The rule base is built once per process and shared; each
 * decision runs in its own session with its own explanation recorder, so decisions are thread-safe.
 */
public final class HocrEngine implements RecordingDecider {
    private static final Logger LOG = LoggerFactory.getLogger(HocrEngine.class);

    private final RuleBase ruleBase;
    private final RulebookOptions options;

    /** The engine over the shared rule base, with the default options (also the {@link java.util.ServiceLoader} entry). */
    public HocrEngine() {
        this(RulebookOptions.defaults());
    }

    /** The engine over the shared rule base, with the given options. */
    public HocrEngine(RulebookOptions options) {
        this(Shared.RULE_BASE, options);
    }

    HocrEngine(RuleBase ruleBase, RulebookOptions options) {
        this.ruleBase = ruleBase;
        this.options = options;
    }

    /** The rule base this engine runs. */
    public RuleBase ruleBase() {
        return ruleBase;
    }

    @Override
    public Decision decide(Report report) {
        return run(report, false).decision();
    }

    /** Decides and also returns the names of the rules that fired (for coverage checks). */
    Run run(Report report) {
        return run(report, true);
    }

    private Run run(Report report, boolean withFiredRules) {
        ReportValidator.requireValid(report);
        KieSession session = ruleBase.newSession();
        ExplanationRecorder recorder = new ExplanationRecorder(ruleBase);
        try {
            session.addEventListener(recorder);
            for (Object fact : FactMapper.facts(report, options)) {
                session.insert(fact);
            }
            LocalDate asAt = report.asAt();
            int fired = session.fireAllRules(match -> ruleBase.rule(match.getRule().getName()).appliesOn(asAt));
            Decision decision = assemble(report, session, recorder);
            LOG.debug("report {}: {} rules fired, {} crimes, status {}", report.id(), fired, decision.crimeCount(),
                    decision.status());
            return new Run(decision, withFiredRules ? List.copyOf(recorder.firedRules()) : List.of());
        } finally {
            session.removeEventListener(recorder);
            session.dispose();
        }
    }

    private Decision assemble(Report report, KieSession session, ExplanationRecorder recorder) {
        List<Crime> crimes = objects(session, Crime.class, Comparator.comparing(Crime::victimId)
                .thenComparing(Crime::suspectId).thenComparing(Crime::hocrCode).thenComparing(Crime::legislation)
                .thenComparing(c -> String.join(",", c.occasionIds())));
        List<Incident> incidents = objects(session, Incident.class, Comparator.comparing(Incident::victimId)
                .thenComparing(Incident::suspectId).thenComparing(Incident::kind)
                .thenComparing(i -> String.join(",", i.occasionIds())).thenComparing(Incident::reason));
        List<Rejection> rejections = objects(session, Rejection.class, Comparator.comparing(Rejection::victimId)
                .thenComparing(Rejection::suspectId).thenComparing(Rejection::ruleId)
                .thenComparing(Rejection::classification).thenComparing(Rejection::reason));
        List<Flag> flags = objects(session, Flag.class, Comparator.comparing(Flag::kind)
                .thenComparing(f -> String.join(",", f.personIds())).thenComparing(Flag::reason));
        List<Prompt> prompts = objects(session, Prompt.class, Comparator.comparing(Prompt::ruleId)
                .thenComparing(p -> String.join(",", p.personIds())).thenComparing(Prompt::text));
        List<Question> questions = objects(session, Question.class, Comparator.comparing(Question::id)
                .thenComparing(Question::ruleId).thenComparing(Question::question));
        DecisionStatus status = questions.isEmpty() ? DecisionStatus.DETERMINED : DecisionStatus.NEEDS_INFORMATION;
        Stamp stamp = new Stamp(ruleBase.version(), CountingEdition.of(report.asAt()), ruleBase.ruleSetHash(),
                report.asAt());
        java.util.Map<String, String> values = options.byName();
        List<org.hocr.api.OptionValue> used = recorder.optionsUsed().stream()
                .map(name -> new org.hocr.api.OptionValue(name, values.getOrDefault(name, "?"))).toList();
        return new Decision(report.id(), status, crimes, incidents, rejections, flags, prompts, questions,
                recorder.steps(), used, stamp);
    }

    private static <T> List<T> objects(KieSession session, Class<T> type, Comparator<T> order) {
        List<T> found = new ArrayList<>();
        // A ClassObjectFilter lets the session read only that class's facts instead of filtering every fact.
        for (Object object : session.getObjects(new ClassObjectFilter(type))) {
            found.add(type.cast(object));
        }
        found.sort(order);
        return found;
    }

    /** A decision with the rules that fired for it. */
    record Run(Decision decision, List<String> firedRules) {
    }

    /** Holds the process-wide rule base, built on first use. */
    private static final class Shared {
        static final RuleBase RULE_BASE = RuleBase.load();
    }
}
