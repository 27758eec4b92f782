package org.hocr.core.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hocr.api.Crime;
import org.hocr.api.Decision;
import org.hocr.api.DecisionStatus;
import org.hocr.api.Flag;
import org.hocr.api.Incident;
import org.hocr.api.OptionValue;
import org.hocr.api.Prompt;
import org.hocr.api.Question;
import org.hocr.api.Rejection;
import org.hocr.api.Stamp;
import org.hocr.api.Step;

/**
 * A decision with its ordering taken out, and optionally with renamed ids mapped back, so that two decisions that
 * differ only in the order of their lists (or only in the ids) compare equal. Every list is sorted, every list of
 * ids inside a record is sorted, and every run of ids in a text ("O3, O1 and O2") is put in sorted order.
 *
 * @param reportId    the report's id, mapped back
 * @param status      the status
 * @param crimes      each crime as one line
 * @param incidents   each incident as one line
 * @param rejections  each rejection as one line
 * @param flags       each flag as one line
 * @param prompts     each prompt as one line
 * @param questions   each question as one line, outcomes included
 * @param explanation each step as one line
 * @param options     each option used as one line
 * @param stamp       the stamp
 */
record NormalisedDecision(String reportId, DecisionStatus status, List<String> crimes, List<String> incidents,
                          List<String> rejections, List<String> flags, List<String> prompts, List<String> questions,
                          List<String> explanation, List<String> options, Stamp stamp) {

    private static final String ID_CHAR = "A-Za-z0-9_-";

    /** The decision with its lists sorted. */
    static NormalisedDecision of(Decision decision) {
        return of(decision, Map.of());
    }

    /** The decision with every id in {@code backToOriginal}'s keys replaced by its value, and its lists sorted. */
    static NormalisedDecision of(Decision decision, Map<String, String> backToOriginal) {
        Text text = new Text(backToOriginal);
        return new NormalisedDecision(text.id(decision.reportId()), decision.status(),
                lines(decision.crimes(), c -> line(text, c)),
                lines(decision.incidents(), i -> line(text, i)),
                lines(decision.rejections(), r -> line(text, r)),
                lines(decision.flags(), f -> line(text, f)),
                lines(decision.prompts(), p -> line(text, p)),
                lines(decision.questions(), q -> line(text, q)),
                lines(decision.explanation(), s -> line(text, s)),
                lines(decision.options(), OptionValue::toString),
                decision.stamp());
    }

    private static <T> List<String> lines(List<T> values, java.util.function.Function<T, String> line) {
        return values.stream().map(line).sorted().toList();
    }

    /**
     * A crime's suspects are compared as a set, {@code suspectId} and {@code jointSuspectIds} together. Suspects
     * acting together on the same occasions are one crime naming them all as equals (P1): the rules put them in a
     * canonical order, the first by id in {@code suspectId} and the rest in {@code jointSuspectIds}, and nothing
     * else in the decision depends on which is first (the P1 rejections, the prompts, flags and explanation steps
     * name every suspect of the crime). So which suspect fills the first slot is the order of a list of equals,
     * which renaming may change like the order of any list; who the suspects are must not change (finding F4).
     * Likewise a crime's victims, {@code victimId} and {@code jointVictimIds}: one breach crime for an order
     * breached towards several protected persons that the facts do not tell apart names them all as equals (B4).
     */
    private static String line(Text t, Crime c) {
        List<String> suspects = new ArrayList<>(c.jointSuspectIds());
        suspects.add(c.suspectId());
        List<String> victims = new ArrayList<>(c.jointVictimIds());
        victims.add(c.victimId());
        return String.join(" | ", c.hocrCode(), c.offence(), c.legislation(), t.ids(victims), t.ids(suspects),
                t.ids(c.occasionIds()), sorted(c.ruleIds()));
    }

    private static String line(Text t, Incident i) {
        return String.join(" | ", i.kind(), t.id(i.victimId()), t.id(i.suspectId()), t.ids(i.occasionIds()),
                t.text(i.reason()), i.ruleId());
    }

    private static String line(Text t, Rejection r) {
        return String.join(" | ", r.ruleId(), t.text(r.classification()), t.id(r.victimId()), t.id(r.suspectId()),
                t.text(r.reason()));
    }

    private static String line(Text t, Flag f) {
        return String.join(" | ", f.kind().name(), t.ids(f.personIds()), t.text(f.reason()), f.ruleId());
    }

    private static String line(Text t, Prompt p) {
        return String.join(" | ", p.ruleId(), t.text(p.text()), p.citation(), t.ids(p.personIds()));
    }

    private static String line(Text t, Question q) {
        String outcomes = q.outcomes().stream().map(o -> o.answer() + ": " + t.text(o.leadsTo()))
                .collect(Collectors.joining("; "));
        return String.join(" | ", q.ruleId(), t.text(q.id()), t.text(q.question()), t.text(q.why()),
                t.id(q.victimId()), t.id(q.suspectId()), t.ids(q.occasionIds()), outcomes);
    }

    private static String line(Text t, Step s) {
        return String.join(" | ", s.ruleId(), s.rule(), s.citation(), String.valueOf(s.countingRule()),
                t.ids(s.occasionIds()), t.ids(s.personIds()), t.text(s.text()));
    }

    private static String sorted(Collection<String> values) {
        return values.stream().sorted().toList().toString();
    }

    /** Maps ids back and takes the order out of runs of ids in text. */
    private static final class Text {
        private final Map<String, String> back;
        private final Pattern renamed;
        private final Pattern idRun;

        Text(Map<String, String> back) {
            this.back = back;
            this.renamed = back.isEmpty() ? null : Pattern.compile("(?<![" + ID_CHAR + "])("
                    + back.keySet().stream().sorted(Comparator.comparing(String::length).reversed()).map(Pattern::quote)
                    .collect(Collectors.joining("|")) + ")(?![" + ID_CHAR + "])");
            // A run of ids as the rules word it: "O1", "O1 and O2", "O1, O2 and O3" (ids are letters then digits,
            // or the test's renamed and added ids).
            String id = "(?:[A-Z]{1,3}[0-9]+|O-extra)";
            this.idRun = Pattern.compile("(?<![" + ID_CHAR + "])" + id + "(?:, " + id + ")*(?: and " + id + ")?(?![" + ID_CHAR + "])");
        }

        String id(String value) {
            return value == null ? null : back.getOrDefault(value, value);
        }

        String ids(List<String> values) {
            return values.stream().map(this::id).sorted().toList().toString();
        }

        String text(String value) {
            if (value == null) {
                return null;
            }
            String mapped = value;
            if (renamed != null) {
                Matcher m = renamed.matcher(value);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(out, Matcher.quoteReplacement(back.get(m.group(1))));
                }
                m.appendTail(out);
                mapped = out.toString();
            }
            Matcher run = idRun.matcher(mapped);
            StringBuilder out = new StringBuilder();
            while (run.find()) {
                List<String> ids = new ArrayList<>(List.of(run.group().split(", | and ")));
                ids.sort(null);
                String joined = ids.size() == 1 ? ids.get(0)
                        : String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
                run.appendReplacement(out, Matcher.quoteReplacement(joined));
            }
            run.appendTail(out);
            return out.toString();
        }
    }

    /** The fields that differ, for a readable failure message. */
    String differencesFrom(NormalisedDecision other) {
        StringBuilder out = new StringBuilder();
        compare(out, "reportId", List.of(String.valueOf(reportId)), List.of(String.valueOf(other.reportId)));
        compare(out, "status", List.of(String.valueOf(status)), List.of(String.valueOf(other.status)));
        compare(out, "crimes", crimes, other.crimes);
        compare(out, "incidents", incidents, other.incidents);
        compare(out, "rejections", rejections, other.rejections);
        compare(out, "flags", flags, other.flags);
        compare(out, "prompts", prompts, other.prompts);
        compare(out, "questions", questions, other.questions);
        compare(out, "explanation", explanation, other.explanation);
        compare(out, "options", options, other.options);
        compare(out, "stamp", List.of(String.valueOf(stamp)), List.of(String.valueOf(other.stamp)));
        return out.toString();
    }

    private static void compare(StringBuilder out, String field, List<String> mine, List<String> theirs) {
        if (mine.equals(theirs)) {
            return;
        }
        List<String> onlyMine = new ArrayList<>(mine);
        theirs.forEach(onlyMine::remove);
        List<String> onlyTheirs = new ArrayList<>(theirs);
        mine.forEach(onlyTheirs::remove);
        out.append(field).append(":\n");
        onlyMine.forEach(l -> out.append("  - ").append(l).append('\n'));
        onlyTheirs.forEach(l -> out.append("  + ").append(l).append('\n'));
    }
}
