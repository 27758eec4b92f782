package org.hocr.examples.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hocr.api.Crime;
import org.hocr.api.Decision;
import org.hocr.api.Incident;
import org.hocr.api.Prompt;
import org.hocr.api.Rejection;
import org.hocr.api.Step;
import org.hocr.core.facts.OffenceKind;

/**
 * Compares what the force recorded with what the rules decided, victim by victim, and names each difference.
 * Deciding the offences is the rules' work; this only lines the two records up and says how they differ.
 *
 * <p>For each victim: crimes recorded exactly as the rules record them agree. Of the rest, a course of conduct
 * recorded under another course-of-conduct offence is stalking recorded as harassment, s2A vs s4A, or another
 * classification difference; a course of conduct the force recorded only as malicious communications, or only as
 * a breach, is one of those two errors; what remains on the rules' side is under-recorded (or a missed victim, if
 * the force recorded crimes for others but none for this victim), and what remains on the force's side is
 * over-recorded. An outcome code the rules doubt (D10) is its own finding.
 */
public final class Comparison {
    /** The brief rule behind outcome-code prompts. */
    static final String OUTCOME_RULE = "D10";
    /** Outcome 16 (victim does not support action) is worth monitoring, not a recording error. */
    static final int OUTCOME_TO_MONITOR = 16;

    private final Decision decision;
    private final Recorded recorded;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Comparison(Decision decision, Recorded recorded) {
        this.decision = decision;
        this.recorded = recorded;
    }

    /** The differences between a decision and a (checked) record of what the force recorded. */
    public static Verdict compare(Decision decision, Recorded recorded) {
        Comparison comparison = new Comparison(decision, recorded);
        comparison.compareCrimes();
        comparison.compareOutcome();
        comparison.findings.sort(Comparator.comparing(Finding::kind));
        return new Verdict(comparison.findings, comparison.notes);
    }

    /**
     * The findings and notes of one comparison.
     *
     * @param findings the differences, most specific kind first; empty if the force's recording agrees
     * @param notes    remarks that are not disagreements (an outcome worth monitoring)
     */
    public record Verdict(List<Finding> findings, List<String> notes) {
        public Verdict {
            findings = List.copyOf(findings);
            notes = List.copyOf(notes);
        }
    }

    private void compareCrimes() {
        List<CrimeEntry> force = recorded.crimes().stream().map(CrimeEntry::of).toList();
        List<CrimeEntry> rules = decision.crimes().stream().map(CrimeEntry::of).map(c -> c.asRecordedAmong(force)).toList();
        Set<String> victims = new LinkedHashSet<>();
        rules.forEach(c -> victims.add(c.victimId()));
        force.forEach(c -> victims.add(c.victimId()));
        for (String victim : victims) {
            compareVictim(victim, onlyFor(rules, victim), onlyFor(force, victim), !force.isEmpty());
        }
    }

    private void compareVictim(String victim, List<CrimeEntry> rules, List<CrimeEntry> force, boolean forceRecordedAny) {
        boolean forceRecordedForVictim = !force.isEmpty();
        List<CrimeEntry> recordedBreaches = force.stream().filter(c -> c.group() == OffenceKind.Group.BREACH).toList();
        removeExactMatches(rules, force);
        for (CrimeEntry course : new ArrayList<>(rules)) {
            if (course.group() != OffenceKind.Group.COURSE) {
                continue;
            }
            CrimeEntry other = first(force, c -> c.group() == OffenceKind.Group.COURSE, course);
            List<CrimeEntry> communications = force.stream().filter(c -> c.group() == OffenceKind.Group.COMMUNICATION).toList();
            if (other != null) {
                findCourseRecordedOtherwise(victim, course, other);
                force.remove(other);
            } else if (!communications.isEmpty()) {
                add(DisagreementKind.MALICIOUS_COMMUNICATIONS_ONLY, victim, List.of(course), communications,
                        "Recorded as " + counted(communications) + " for " + victim + "; the communications form a course "
                                + "of conduct: the rules record " + course.classification() + " instead (M2).");
                force.removeAll(communications);
            } else if (!recordedBreaches.isEmpty()) {
                add(DisagreementKind.BREACH_RECORDED_IN_ISOLATION, victim, List.of(course), recordedBreaches,
                        "Only the breach was recorded for " + victim + "; the repeated conduct is also "
                                + course.classification() + ", to be recorded as well as the breach (B2).");
            } else {
                continue;
            }
            rules.remove(course);
        }
        while (!rules.isEmpty() && !force.isEmpty()) {
            CrimeEntry expected = rules.remove(0);
            CrimeEntry other = first(force, c -> true, expected);
            force.remove(other);
            add(DisagreementKind.OTHER_CLASSIFICATION, victim, List.of(expected), List.of(other), recordedAs(victim, other, expected));
        }
        if (!rules.isEmpty()) {
            boolean missed = !forceRecordedForVictim && forceRecordedAny;
            add(missed ? DisagreementKind.MISSED_VICTIM : DisagreementKind.UNDER_RECORDED, victim, rules, List.of(),
                    (missed ? "No crime recorded for " + victim + ", although crimes were recorded for other victims; "
                            : forceRecordedForVictim ? "Not recorded for " + victim + ": " : "No crime recorded for " + victim + "; ")
                            + "the rules record " + counted(rules) + ".");
        }
        if (!force.isEmpty()) {
            add(DisagreementKind.OVER_RECORDED, victim, List.of(), force, "Recorded " + counted(force) + " for " + victim
                    + "; the rules record no such crime.");
        }
    }

    private void findCourseRecordedOtherwise(String victim, CrimeEntry course, CrimeEntry other) {
        DisagreementKind kind;
        if (Offences.isStalking(course.offence()) && Offences.isHarassment(other.offence())) {
            kind = DisagreementKind.STALKING_RECORDED_AS_HARASSMENT;
        } else if (Offences.isS4A(course.offence()) && Offences.isS2A(other.offence())
                || Offences.isS2A(course.offence()) && Offences.isS4A(other.offence())) {
            kind = DisagreementKind.S2A_VS_S4A;
        } else {
            kind = DisagreementKind.OTHER_CLASSIFICATION;
        }
        add(kind, victim, List.of(course), List.of(other), recordedAs(victim, other, course));
    }

    /** "Recorded as X for V1; the rules record Y." (or, for the same classification, the suspects that differ) */
    private static String recordedAs(String victim, CrimeEntry recorded, CrimeEntry expected) {
        if (recorded.sameClassification(expected)) {
            return "Recorded as " + recorded.classification() + " for " + victim + " against suspect " + recorded.suspectId()
                    + "; the rules record it against suspect " + expected.suspectId() + ".";
        }
        return "Recorded as " + recorded.classification() + " for " + victim + "; the rules record "
                + expected.classification() + ".";
    }

    private void compareOutcome() {
        Integer outcome = recorded.outcomeCode();
        for (Prompt prompt : decision.prompts()) {
            if (!OUTCOME_RULE.equals(prompt.ruleId())) {
                continue;
            }
            if (outcome != null && outcome == OUTCOME_TO_MONITOR) {
                notes.add("[" + prompt.ruleId() + "] " + prompt.text());
            } else {
                findings.add(new Finding(DisagreementKind.OUTCOME_CODE_DOUBT, null, List.of(), outcome == null ? List.of()
                        : List.of("outcome " + outcome), prompt.text(), List.of("[" + prompt.ruleId() + "] " + prompt.text())));
            }
        }
    }

    private void add(DisagreementKind kind, String victim, List<CrimeEntry> rules, List<CrimeEntry> force, String why) {
        findings.add(new Finding(kind, victim, rules.stream().map(CrimeEntry::describe).toList(),
                force.stream().map(CrimeEntry::describe).toList(), why, evidence(victim, rules)));
    }

    /**
     * What the decision says about this victim: the steps behind the crimes the rules record, the
     * classifications considered and not counted, incidents, and the breach prompts.
     */
    private List<String> evidence(String victim, List<CrimeEntry> rules) {
        Set<String> ruleIds = new LinkedHashSet<>();
        for (Crime crime : decision.crimes()) {
            if (crime.victimId().equals(victim) && rules.stream().anyMatch(r -> r.sameClassification(CrimeEntry.of(crime)))) {
                ruleIds.addAll(crime.ruleIds());
            }
        }
        List<String> lines = new ArrayList<>();
        for (Step step : decision.explanation()) {
            if (ruleIds.contains(step.ruleId()) && step.personIds().contains(victim)) {
                lines.add("[" + step.ruleId() + "] " + step.text());
            }
        }
        for (Rejection rejection : decision.rejections()) {
            if (victim.equals(rejection.victimId())) {
                lines.add("[" + rejection.ruleId() + "] not counted: " + rejection.classification() + ": " + rejection.reason());
            }
        }
        for (Incident incident : decision.incidents()) {
            if (victim.equals(incident.victimId())) {
                lines.add("[" + incident.ruleId() + "] " + incident.kind() + ": " + incident.reason());
            }
        }
        for (Prompt prompt : decision.prompts()) {
            if (prompt.ruleId().startsWith("B") && prompt.personIds().contains(victim)) {
                lines.add("[" + prompt.ruleId() + "] " + prompt.text());
            }
        }
        return lines.stream().distinct().toList();
    }

    private static List<CrimeEntry> onlyFor(List<CrimeEntry> crimes, String victim) {
        return new ArrayList<>(crimes.stream().filter(c -> victim.equals(c.victimId())).toList());
    }

    private static void removeExactMatches(List<CrimeEntry> rules, List<CrimeEntry> force) {
        for (Iterator<CrimeEntry> it = rules.iterator(); it.hasNext(); ) {
            CrimeEntry expected = it.next();
            CrimeEntry match = first(force, c -> c.sameClassification(expected), expected);
            if (match != null && match.sameSuspect(expected)) {
                force.remove(match);
                it.remove();
            }
        }
    }

    /** The first entry matching, preferring one for the same suspect. */
    private static CrimeEntry first(List<CrimeEntry> entries, Predicate<CrimeEntry> test, CrimeEntry like) {
        CrimeEntry any = null;
        for (CrimeEntry entry : entries) {
            if (test.test(entry)) {
                if (entry.sameSuspect(like)) {
                    return entry;
                }
                any = any == null ? entry : any;
            }
        }
        return any;
    }

    /** "8Q Stalking (s2A)", or "3 crimes: 3 × 8R Malicious … (s1)" or "2 crimes: 8L …, 8Q …". */
    private static String counted(List<CrimeEntry> entries) {
        if (entries.size() == 1) {
            return entries.get(0).classification();
        }
        Map<String, Long> byClassification = new LinkedHashMap<>();
        entries.forEach(e -> byClassification.merge(e.classification(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        byClassification.forEach((classification, n) -> parts.add(n == 1 ? classification : n + " × " + classification));
        return entries.size() + " crimes: " + String.join(", ", parts);
    }
}
