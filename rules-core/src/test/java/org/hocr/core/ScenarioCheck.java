package org.hocr.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hocr.api.Crime;
import org.hocr.api.Decision;
import org.hocr.api.Incident;
import org.hocr.api.Prompt;
import org.hocr.api.Question;
import org.hocr.api.Rejection;
import org.hocr.api.Step;

/** Compares a decision with a scenario's expectations and lists every difference. */
final class ScenarioCheck {
    private ScenarioCheck() {
    }

    static List<String> differences(Scenario.Expect expect, Decision decision) {
        List<String> out = new ArrayList<>();
        if (expect.status() != null && expect.status() != decision.status()) {
            out.add("status: expected " + expect.status() + " but was " + decision.status());
        }
        if (expect.crimes() != null) {
            compare("crimes", expect.crimes().stream().map(ScenarioCheck::key).toList(),
                    decision.crimes().stream().map(c -> keyOf(c, expect.crimes())).toList(), out);
        }
        if (expect.crimes() != null) {
            for (Scenario.ExpectedCrime crime : expect.crimes()) {
                if (crime.jointSuspects() != null) {
                    List<List<String>> actual = decision.crimes().stream()
                            .filter(c -> c.victimId().equals(crime.victim()) && c.suspectId().equals(crime.suspect()))
                            .map(Crime::jointSuspectIds).toList();
                    if (!actual.contains(crime.jointSuspects())) {
                        out.add("crimes: " + crime.victim() + "/" + crime.suspect() + " expected joint suspects "
                                + crime.jointSuspects() + " but was " + actual);
                    }
                }
                if (crime.jointVictims() != null) {
                    List<List<String>> actual = decision.crimes().stream()
                            .filter(c -> c.victimId().equals(crime.victim()) && c.suspectId().equals(crime.suspect()))
                            .map(Crime::jointVictimIds).toList();
                    if (!actual.contains(crime.jointVictims())) {
                        out.add("crimes: " + crime.victim() + "/" + crime.suspect() + " expected joint victims "
                                + crime.jointVictims() + " but was " + actual);
                    }
                }
            }
        }
        if (expect.rejections() != null) {
            for (String ruleId : expect.rejections().stream().map(Scenario.ExpectedRejection::rule).distinct().toList()) {
                boolean named = expect.rejections().stream()
                        .anyMatch(r -> r.rule().equals(ruleId) && r.classification() != null);
                compare("rejections by " + ruleId + " (victim/suspect" + (named ? " classification)" : ")"),
                        expect.rejections().stream().filter(r -> r.rule().equals(ruleId))
                                .map(r -> r.victim() + "/" + r.suspect() + (named ? " " + r.classification() : ""))
                                .toList(),
                        decision.rejections().stream().filter(r -> r.ruleId().equals(ruleId))
                                .map(r -> r.victimId() + "/" + r.suspectId() + (named ? " " + r.classification() : ""))
                                .toList(), out);
            }
        }
        if (expect.promptPersons() != null) {
            for (String ruleId : expect.promptPersons().stream().map(Scenario.ExpectedPrompt::rule).distinct().toList()) {
                compare("prompts by " + ruleId + " (persons)",
                        expect.promptPersons().stream().filter(p -> p.rule().equals(ruleId))
                                .map(p -> p.persons().stream().sorted().toList().toString()).toList(),
                        decision.prompts().stream().filter(p -> p.ruleId().equals(ruleId))
                                .map(p -> p.personIds().stream().sorted().toList().toString()).toList(), out);
            }
        }
        if (expect.incidents() != null) {
            compare("incidents",
                    expect.incidents().stream().map(i -> i.victim() + "/" + i.suspect() + " " + i.occasions()).toList(),
                    decision.incidents().stream().map(ScenarioCheck::key).toList(), out);
        }
        if (expect.questions() != null) {
            compare("questions (rule ids)", expect.questions(),
                    decision.questions().stream().map(Question::ruleId).toList(), out);
        }
        if (expect.flags() != null) {
            compare("flags", expect.flags().stream().map(Enum::name).distinct().toList(),
                    decision.flags().stream().map(f -> f.kind().name()).distinct().toList(), out);
        }
        if (expect.prompts() != null) {
            compare("prompts (rule ids)", expect.prompts().stream().distinct().toList(),
                    decision.prompts().stream().map(Prompt::ruleId).distinct().toList(), out);
        }
        Set<String> explained = decision.explanation().stream().map(Step::ruleId).collect(Collectors.toSet());
        decision.rejections().stream().map(Rejection::ruleId).forEach(explained::add);
        decision.questions().stream().map(Question::ruleId).forEach(explained::add);
        if (expect.rejected() != null) {
            for (String ruleId : expect.rejected()) {
                if (decision.rejections().stream().noneMatch(r -> r.ruleId().equals(ruleId))) {
                    out.add("rejections: expected one by rule " + ruleId + " but found "
                            + decision.rejections().stream().map(Rejection::ruleId).toList());
                }
            }
        }
        if (expect.rules() != null) {
            for (String ruleId : expect.rules()) {
                if (!explained.contains(ruleId)) {
                    out.add("explanation: rule " + ruleId + " must appear but does not (has " + new TreeSet<>(explained) + ")");
                }
            }
        }
        if (expect.options() != null) {
            List<String> used = decision.options().stream().map(org.hocr.api.OptionValue::name).toList();
            for (String option : expect.options()) {
                if (!used.contains(option)) {
                    out.add("options: " + option + " must be stated but the decision states " + used);
                }
            }
        }
        if (expect.notRules() != null) {
            for (String ruleId : expect.notRules()) {
                if (explained.contains(ruleId)) {
                    out.add("explanation: rule " + ruleId + " must not appear but does");
                }
            }
        }
        return out;
    }

    private static String key(Scenario.ExpectedCrime c) {
        return c.hocrCode() + " " + c.section() + " " + c.victim() + "/" + c.suspect() + " " + c.occasions();
    }

    /** The actual crime in the expected form, using the section of whichever expected crime it matches. */
    private static String keyOf(Crime crime, Collection<Scenario.ExpectedCrime> expected) {
        String section = expected.stream().map(Scenario.ExpectedCrime::section)
                .filter(s -> s != null && Pattern.compile(Pattern.quote(s) + "(?![A-Za-z0-9])")
                        .matcher(crime.legislation()).find())
                .findFirst().orElse(crime.legislation());
        return crime.hocrCode() + " " + section + " " + crime.victimId() + "/" + crime.suspectId() + " "
                + crime.occasionIds();
    }

    private static String key(Incident incident) {
        return incident.victimId() + "/" + incident.suspectId() + " " + incident.occasionIds();
    }

    private static void compare(String what, List<String> expected, List<String> actual, List<String> out) {
        List<String> e = expected.stream().sorted().toList();
        List<String> a = actual.stream().sorted().toList();
        if (!e.equals(a)) {
            out.add(what + ": expected " + e + " but was " + a);
        }
    }
}
