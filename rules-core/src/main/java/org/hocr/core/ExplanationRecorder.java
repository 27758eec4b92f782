package org.hocr.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hocr.api.Step;
import org.hocr.core.facts.Evidence;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Records, for one decision, each rule that fired and the evidence it matched. Firings of the same rule for the
 * same persons merge into one step (a rule that fires once per occasion gives one step naming every occasion).
 * One instance per decision: it holds per-decision state.
 */
final class ExplanationRecorder extends DefaultAgendaEventListener {
    private final RuleBase rules;
    private final Map<StepKey, StepBuilder> steps = new LinkedHashMap<>();
    private final Set<String> fired = new LinkedHashSet<>();
    private final Set<String> options = new java.util.TreeSet<>();

    ExplanationRecorder(RuleBase rules) {
        this.rules = rules;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        String name = match.getRule().getName();
        fired.add(name);
        RuleInfo info = rules.rule(name);
        if (info != null && !info.options().isEmpty()) {
            options.addAll(info.options());
        }
        if (info == null || !info.step()) {
            return;
        }
        List<Evidence> evidence = evidenceOf(match);
        // The persons in first-seen order; a case has a handful, so a list with contains is cheaper than a set.
        List<String> persons = new ArrayList<>(4);
        for (Evidence e : evidence) {
            for (String person : e.personIds()) {
                if (!persons.contains(person)) {
                    persons.add(person);
                }
            }
        }
        // Keyed by the rule and the persons in order (before: a string of the rule's name and the persons, built and
        // hashed on every firing).
        StepBuilder step = steps.computeIfAbsent(new StepKey(info, persons), k -> new StepBuilder(info, k.persons()));
        for (Evidence e : evidence) {
            step.occasions.addAll(e.occasionIds());
        }
    }

    /** A step's identity: its rule (one metadata instance per rule) and the persons, in first-seen order. */
    private record StepKey(RuleInfo info, List<String> persons) {
        @Override
        public boolean equals(Object other) {
            return other instanceof StepKey k && k.info == info && k.persons.equals(persons);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(info) * 31 + persons.hashCode();
        }
    }

    /**
     * The steps, stage by stage: by salience (the order the rule base works in), then by rule name and persons.
     * Not simply in firing order: rules of equal salience fire in the order the build loaded them, which can
     * differ between two builds of the same rules, and the same rule set must give the same explanation.
     */
    List<Step> steps() {
        List<StepBuilder> ordered = new ArrayList<>(steps.values());
        ordered.sort(STAGE_ORDER);
        List<Step> result = new ArrayList<>(ordered.size());
        for (StepBuilder step : ordered) {
            result.add(step.build());
        }
        return result;
    }

    private static final Comparator<StepBuilder> STAGE_ORDER = Comparator
            .comparingInt((StepBuilder s) -> -s.info.salience())
            .thenComparing(s -> s.info.name())
            .thenComparing(s -> String.join(",", s.persons));

    /** The names of the rulebook options the fired rules depend on. */
    Set<String> optionsUsed() {
        return options;
    }

    /** The names of every rule that fired, in order. */
    Set<String> firedRules() {
        return fired;
    }

    private static List<Evidence> evidenceOf(Match match) {
        // No de-duplication here: the step keeps persons and occasions in first-seen sets, so a repeated fact
        // changes nothing. (Checking each accumulated fact against the list was quadratic in the size of a case:
        // an accumulated list holds one fact per occasion; hashing them instead hashes every occasion list.)
        List<Evidence> evidence = new ArrayList<>();
        for (Object object : match.getObjects()) {
            if (object instanceof Evidence e) {
                evidence.add(e);
            }
        }
        // Accumulated lists are not among the matched objects: read them from their declarations.
        for (String declaration : match.getDeclarationIds()) {
            if (match.getDeclarationValue(declaration) instanceof Collection<?> values) {
                for (Object value : values) {
                    if (value instanceof Evidence e) {
                        evidence.add(e);
                    }
                }
            }
        }
        return evidence;
    }

    private static final class StepBuilder {
        private final RuleInfo info;
        private final List<String> persons;
        private final Set<String> occasions = new LinkedHashSet<>();

        StepBuilder(RuleInfo info, List<String> persons) {
            this.info = info;
            this.persons = persons;
        }

        Step build() {
            return new Step(info.briefId(), info.name(), info.citation(), info.countingRule(), List.copyOf(occasions),
                    List.copyOf(persons), info.summary());
        }
    }
}
