package org.hocr.examples.audit;

import java.util.Locale;
import java.util.Map;

/** The summary of an audit as plain text for the terminal. */
public final class SummaryText {
    private SummaryText() {
    }

    /** Renders the summary. */
    public static String render(AuditSummary s) {
        StringBuilder out = new StringBuilder();
        AuditSummary.Records r = s.records();
        out.append("Audit of ").append(s.input()).append(" (").append(s.format()).append("): ")
                .append(count(r.read())).append(r.read() == 1 ? " record read\n" : " records read\n");
        line(out, "agreed", r.agreed());
        line(out, "disagreed", r.disagreed());
        line(out, "needs information", r.needsInformation());
        line(out, "rejected", r.rejected());
        out.append(r.accountedFor() ? "  every record accounted for: read = agreed + disagreed + needs information + rejected\n"
                : "  NOT ACCOUNTED FOR: read differs from agreed + disagreed + needs information + rejected\n");
        AuditSummary.Compliance c = s.compliance();
        if (c.rate() == null) {
            out.append("Compliance: no case could be settled\n");
        } else {
            long settled = r.agreed() + r.disagreed();
            out.append(String.format(Locale.ROOT, "Compliance: %s (95 %% interval %s to %s, Wilson) of %s settled %s%n",
                    percent(c.rate()), percent(c.low()), percent(c.high()), count(settled), settled == 1 ? "case" : "cases"));
        }
        if (!s.byKind().isEmpty()) {
            out.append("Disagreements by kind:\n");
            s.byKind().forEach((kind, n) -> line(out, DisagreementKind.valueOf(kind).label(), n));
        }
        if (!s.questionsByRule().isEmpty()) {
            out.append("Judgements needed (questions by rule):\n");
            s.questionsByRule().forEach((rule, n) -> line(out, rule, n));
        }
        if (!s.byClassification().isEmpty()) {
            out.append("Crimes by classification (rules / force):\n");
            for (AuditSummary.ClassificationCount k : s.byClassification()) {
                out.append(String.format(Locale.ROOT, "  %-58s %9s / %s%n", clip(k.classification(), 58), count(k.rules()),
                        count(k.recorded())));
            }
        }
        if (s.generated() != null) {
            AuditSummary.GeneratedCheck g = s.generated();
            out.append(String.format(Locale.ROOT, "Generated batch: the audit found what the generator injected in %s of %s"
                    + " labelled records%n", count(g.matched()), count(g.labelled())));
            for (Map.Entry<String, Map<String, Long>> row : g.expectedVsFound().entrySet()) {
                for (Map.Entry<String, Long> cell : row.getValue().entrySet()) {
                    if (!row.getKey().equals(cell.getKey())) {
                        out.append("  expected ").append(row.getKey()).append(", found ").append(cell.getKey()).append(": ")
                                .append(count(cell.getValue())).append('\n');
                    }
                }
            }
        }
        AuditSummary.Rulebook rb = s.rulebook();
        out.append(String.format(Locale.ROOT, "hocr-rules %s, rule set %s; %.1f s, %s records/s on %d threads%n",
                rb.libraryVersion(), rb.ruleSetHash().substring(0, Math.min(12, rb.ruleSetHash().length())),
                s.run().seconds(), count(Math.round(s.run().recordsPerSecond())), s.run().threads()));
        return out.toString();
    }

    private static void line(StringBuilder out, String label, long n) {
        out.append(String.format(Locale.ROOT, "  %-58s %9s%n", clip(label, 58), count(n)));
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
