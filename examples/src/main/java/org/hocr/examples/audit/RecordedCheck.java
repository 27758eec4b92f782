package org.hocr.examples.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.hocr.api.Person;
import org.hocr.api.Problem;
import org.hocr.api.Report;
import org.hocr.api.ReportValidator;
import org.hocr.core.facts.OffenceKind;

/**
 * Checks what the force recorded against the report it belongs to, and lists every problem with its path
 * ({@code recorded.crimes[1].victimId}). Messages name ids and fields, never other text from the input.
 */
public final class RecordedCheck {
    private static final Pattern CODE = Pattern.compile("[0-9]{1,3}[A-Za-z]{0,2}");
    /** Home Office outcome codes are small positive numbers. */
    private static final int MAX_OUTCOME_CODE = 99;

    private final List<Problem> problems = new ArrayList<>();

    private RecordedCheck() {
    }

    /**
     * Every problem with an audit record: its report's (paths under {@code report.}), then, if the report is valid,
     * the recorded part's; empty if there is none.
     */
    public static List<Problem> problems(AuditRecord record) {
        if (record.report() == null) {
            return List.of(new Problem("report", "missing: the facts of the report"));
        }
        List<Problem> found = new ArrayList<>();
        for (Problem problem : ReportValidator.problems(record.report())) {
            found.add(new Problem(problem.path().equals("$") ? "report" : "report." + problem.path(), problem.message()));
        }
        if (found.isEmpty()) {
            found.addAll(problems(record.recorded(), record.report()));
        }
        return found;
    }

    /** Every problem with the recorded part of a record whose report is valid; empty if there is none. */
    public static List<Problem> problems(Recorded recorded, Report report) {
        RecordedCheck check = new RecordedCheck();
        check.check(recorded, report);
        return List.copyOf(check.problems);
    }

    private void check(Recorded recorded, Report report) {
        if (recorded == null) {
            add("recorded", "missing: what the force recorded (crimes, an empty list if none)");
            return;
        }
        if (recorded.crimes() == null) {
            add("recorded.crimes", "missing: the crimes recorded (an empty list if none)");
        } else {
            Set<String> persons = new HashSet<>();
            for (Person person : report.persons()) {
                persons.add(person.id());
            }
            for (int i = 0; i < recorded.crimes().size(); i++) {
                checkCrime(recorded.crimes().get(i), "recorded.crimes[" + i + "]", persons);
            }
            if (recorded.crimeCount() != null && recorded.crimeCount() != recorded.crimes().size()) {
                add("recorded.crimeCount", recorded.crimeCount() + " but " + recorded.crimes().size()
                        + (recorded.crimes().size() == 1 ? " crime is" : " crimes are") + " listed");
            }
        }
        Integer outcome = recorded.outcomeCode();
        if (outcome != null && (outcome < 1 || outcome > MAX_OUTCOME_CODE)) {
            add("recorded.outcomeCode", "not a Home Office outcome code (1 to " + MAX_OUTCOME_CODE + ")");
        } else if (outcome != null && report.outcomeCode() != null && !outcome.equals(report.outcomeCode())) {
            add("recorded.outcomeCode", "differs from report.outcomeCode");
        }
    }

    private void checkCrime(RecordedCrime crime, String path, Set<String> persons) {
        if (crime == null) {
            add(path, "null");
            return;
        }
        if (crime.hocrCode() == null || crime.hocrCode().isBlank()) {
            add(path + ".hocrCode", "missing: the classification recorded (for example 8Q)");
        } else if (!CODE.matcher(crime.hocrCode().trim()).matches()) {
            add(path + ".hocrCode", "not a classification code (for example 8L, 8Q, 8R)");
        }
        checkOffence(crime, path);
        checkPerson(crime.victimId(), path + ".victimId", persons, true);
        checkPerson(crime.suspectId(), path + ".suspectId", persons, false);
    }

    private void checkOffence(RecordedCrime crime, String path) {
        if (crime.legislation() == null && crime.section() == null) {
            add(path, "give the offence: legislation (as decisions word it) or section (one of "
                    + String.join(", ", Offences.SECTIONS.keySet()) + ")");
            return;
        }
        OffenceKind byLegislation = null;
        if (crime.legislation() != null) {
            byLegislation = Offences.byLegislation(crime.legislation());
            if (byLegislation == null) {
                add(path + ".legislation", "not an offence this audit knows: use the wording of the decisions, "
                        + "for example Protection from Harassment Act 1997 s4A");
            }
        }
        if (crime.section() != null) {
            OffenceKind bySection = Offences.bySection(crime.section(), crime.hocrCode());
            if (bySection == null) {
                add(path + ".section", "not a known section: one of " + String.join(", ", Offences.SECTIONS.keySet()));
            } else if (byLegislation != null && !Objects.equals(bySection, byLegislation)) {
                add(path + ".section", "names a different offence from legislation");
            }
        }
    }

    private void checkPerson(String id, String path, Set<String> persons, boolean required) {
        if (id == null || id.isBlank()) {
            if (required) {
                add(path, "missing");
            }
        } else if (!persons.contains(id)) {
            add(path, "unknown person '" + clip(id) + "'");
        }
    }

    /** An id as it may be shown: safe characters only, and short. */
    static String clip(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9_.:-]", "?");
        return safe.length() <= 40 ? safe : safe.substring(0, 40) + "…";
    }

    private void add(String path, String message) {
        problems.add(new Problem(path, message));
    }
}
