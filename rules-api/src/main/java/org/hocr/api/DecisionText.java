package org.hocr.api;

import java.util.List;

/** A decision as plain text for people: what to record, why, and what is still needed. */
public final class DecisionText {
    private DecisionText() {
    }

    /** Renders the whole decision, explanation included. */
    public static String render(Decision d) {
        StringBuilder out = new StringBuilder();
        out.append("Report ").append(d.reportId()).append(": ").append(d.status()).append('\n');
        out.append("Crimes to record: ").append(d.crimeCount()).append('\n');
        for (Crime c : d.crimes()) {
            out.append("  - ").append(c.hocrCode()).append("  ").append(c.offence()).append(" (").append(c.legislation())
                    .append(")\n      victim ").append(c.victimId())
                    .append(c.jointVictimIds().isEmpty() ? "" : " and " + String.join(", ", c.jointVictimIds()))
                    .append(", suspect ").append(c.suspectId())
                    .append(c.jointSuspectIds().isEmpty() ? "" : " with " + String.join(", ", c.jointSuspectIds()))
                    .append(", occasions ").append(String.join(", ", c.occasionIds()))
                    .append("\n      rules ").append(String.join(" > ", c.ruleIds())).append('\n');
        }
        section(out, "Incidents", d.incidents(), i -> i.kind() + ": victim " + i.victimId() + ", suspect "
                + i.suspectId() + ", occasions " + String.join(", ", i.occasionIds()) + " [" + i.ruleId() + "] "
                + i.reason());
        section(out, "Questions (needed before the decision is settled)", d.questions(), q -> "[" + q.ruleId() + "] "
                + q.question() + "\n      why: " + q.why() + outcomes(q.outcomes()));
        section(out, "Considered and not counted", d.rejections(), r -> "[" + r.ruleId() + "] " + r.classification()
                + " (victim " + r.victimId() + ", suspect " + r.suspectId() + "): " + r.reason());
        section(out, "Flags", d.flags(), f -> f.kind() + " on " + String.join(", ", f.personIds()) + " [" + f.ruleId()
                + "]: " + f.reason());
        section(out, "Prompts", d.prompts(), p -> "[" + p.ruleId() + "] " + p.text());
        out.append("Explanation:\n");
        int n = 1;
        for (Step s : d.explanation()) {
            out.append(String.format("  %2d. [%s] %s%n", n++, s.ruleId(), s.text()));
            out.append("      cites ").append(s.citation());
            if (!s.countingRule().isEmpty()) {
                out.append("; ").append(s.countingRule());
            }
            out.append('\n');
            if (!s.occasionIds().isEmpty() || !s.personIds().isEmpty()) {
                out.append("      evidence: ");
                if (!s.personIds().isEmpty()) {
                    out.append("persons ").append(String.join(", ", s.personIds()));
                }
                if (!s.occasionIds().isEmpty()) {
                    out.append(s.personIds().isEmpty() ? "" : "; ").append("occasions ")
                            .append(String.join(", ", s.occasionIds()));
                }
                out.append('\n');
            }
        }
        if (!d.options().isEmpty()) {
            out.append("Options applied: ");
            out.append(String.join(", ", d.options().stream().map(o -> o.name() + "=" + o.value()).toList()));
            out.append('\n');
        }
        Stamp st = d.stamp();
        out.append("Stamp: hocr-rules ").append(st.libraryVersion()).append(", ").append(st.countingRules())
                .append(", rule set ").append(st.ruleSetHash(), 0, Math.min(12, st.ruleSetHash().length()))
                .append(", as at ").append(st.asAt()).append('\n');
        return out.toString();
    }

    private static String outcomes(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        for (Outcome o : outcomes) {
            out.append("\n      if ").append(o.answer()).append(": ").append(o.leadsTo());
        }
        return out.toString();
    }

    private static <T> void section(StringBuilder out, String title, List<T> items,
                                    java.util.function.Function<T, String> line) {
        if (items.isEmpty()) {
            return;
        }
        out.append(title).append(":\n");
        for (T item : items) {
            out.append("  - ").append(line.apply(item)).append('\n');
        }
    }
}
