package org.hocr.examples.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit as one self-contained HTML page for people: headline counts, the compliance rate with its interval,
 * and charts of what became of the records, the disagreements by kind and the crimes by classification, drawn as
 * inline SVG (no script, no fonts, no network), then examples of each kind with their explanation and the
 * rejected records with their line numbers.
 */
public final class HtmlReport {
    private static final String AGREED = "#2e7d32";
    private static final String DISAGREED = "#c62828";
    private static final String NEEDS_INFORMATION = "#ef8f00";
    private static final String REJECTED = "#616161";
    private static final String RULES = "#1f4e79";
    private static final String FORCE = "#8fb3d9";

    private final StringBuilder html = new StringBuilder(64 * 1024);

    private HtmlReport() {
    }

    /** Writes the report of an audit. */
    public static void write(Writer out, AuditSummary summary, Tally tally, ZonedDateTime when) throws IOException {
        HtmlReport report = new HtmlReport();
        report.page(summary, tally, when);
        out.write(report.html.toString());
        out.flush();
    }

    /** A bar of a chart: its label, value and colour. */
    private record Bar(String label, long value, String colour) {
    }

    private void page(AuditSummary s, Tally tally, ZonedDateTime when) {
        AuditSummary.Records r = s.records();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Recording audit: ").append(esc(s.input())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<h1>Recording audit: ").append(esc(s.input())).append("</h1>\n<p class=\"meta\">")
                .append(esc(when.format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK))))
                .append(" · hocr-rules ").append(esc(s.rulebook().libraryVersion())).append(" · rule set ")
                .append(esc(s.rulebook().ruleSetHash().substring(0, Math.min(12, s.rulebook().ruleSetHash().length()))))
                .append(" · ").append(esc(s.format())).append(" input</p>\n");
        cards(s);
        html.append("<section>\n<h2>What became of every record</h2>\n");
        html.append("<p>").append(SummaryText.count(r.read())).append(" records read = ")
                .append(SummaryText.count(r.agreed())).append(" agreed + ").append(SummaryText.count(r.disagreed()))
                .append(" disagreed + ").append(SummaryText.count(r.needsInformation())).append(" needing information + ")
                .append(SummaryText.count(r.rejected())).append(" rejected")
                .append(r.accountedFor() ? ": every record is accounted for.</p>\n"
                        : ". <strong>The counts do not add up: report this as a fault.</strong></p>\n");
        stackedBar(List.of(new Bar("agreed", r.agreed(), AGREED), new Bar("disagreed", r.disagreed(), DISAGREED),
                new Bar("needs information", r.needsInformation(), NEEDS_INFORMATION), new Bar("rejected", r.rejected(), REJECTED)));
        html.append("</section>\n");
        compliance(s);
        disagreements(s);
        classifications(s);
        questions(s);
        examples(tally);
        generated(s);
        rejected(tally, r.rejected());
        html.append("<section>\n<h2>How the audit was made</h2>\n<p>Each report was decided by the counting rules (")
                .append("the explanation of each decision is in the per-case output) and compared, victim by victim, with ")
                .append("what the force recorded. The rulebook options in force:</p>\n<table class=\"options\">\n");
        for (Map.Entry<String, String> option : s.rulebook().options().entrySet()) {
            html.append("<tr><td>").append(esc(option.getKey())).append("</td><td>").append(esc(option.getValue()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<p class=\"meta\">").append(String.format(Locale.ROOT, "%.1f s, %s records a second, %d threads.",
                s.run().seconds(), SummaryText.count(Math.round(s.run().recordsPerSecond())), s.run().threads()))
                .append(" Not legal advice: a crime registrar decides.</p>\n</section>\n</main>\n</body>\n</html>\n");
    }

    private void cards(AuditSummary s) {
        AuditSummary.Records r = s.records();
        AuditSummary.Compliance c = s.compliance();
        html.append("<div class=\"cards\">\n");
        card("records read", SummaryText.count(r.read()), "#333");
        card("compliance", c.rate() == null ? "–" : SummaryText.percent(c.rate()), AGREED);
        card("disagreed", SummaryText.count(r.disagreed()), DISAGREED);
        card("needs information", SummaryText.count(r.needsInformation()), NEEDS_INFORMATION);
        card("rejected", SummaryText.count(r.rejected()), REJECTED);
        html.append("</div>\n");
    }

    private void card(String label, String value, String colour) {
        html.append("<div class=\"card\" style=\"border-top-color:").append(colour).append("\"><div class=\"value\">")
                .append(esc(value)).append("</div><div class=\"label\">").append(esc(label)).append("</div></div>\n");
    }

    private void compliance(AuditSummary s) {
        AuditSummary.Compliance c = s.compliance();
        html.append("<section>\n<h2>Compliance</h2>\n");
        if (c.rate() == null) {
            html.append("<p>No case could be settled, so there is no compliance rate.</p>\n</section>\n");
            return;
        }
        long settled = s.records().agreed() + s.records().disagreed();
        html.append("<p>Of ").append(SummaryText.count(settled)).append(settled == 1 ? " case" : " cases")
                .append(" the rules could settle, ")
                .append(SummaryText.count(s.records().agreed())).append(" were recorded as the rules record them: <strong>")
                .append(SummaryText.percent(c.rate())).append("</strong>, with a 95 % confidence interval of ")
                .append(SummaryText.percent(c.low())).append(" to ").append(SummaryText.percent(c.high()))
                .append(" (Wilson score interval).</p>\n");
        int width = 760;
        int left = 20;
        double scale = width - 2 * left;
        double x = left + c.rate() * scale;
        double lo = left + c.low() * scale;
        double hi = left + c.high() * scale;
        html.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(" 70\" role=\"img\" aria-label=\"Compliance ")
                .append(SummaryText.percent(c.rate())).append(", 95 % interval ").append(SummaryText.percent(c.low()))
                .append(" to ").append(SummaryText.percent(c.high())).append("\">\n");
        html.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"22\" width=\"%.1f\" height=\"8\" fill=\"#e0e0e0\"/>%n", left, scale));
        for (int tick = 0; tick <= 100; tick += 10) {
            double tx = left + tick / 100.0 * scale;
            html.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"32\" y2=\"38\" stroke=\"#999\"/>"
                    + "<text x=\"%.1f\" y=\"52\" class=\"tick\">%d %%</text>%n", tx, tx, tx, tick));
        }
        html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"18\" width=\"%.1f\" height=\"16\" fill=\"%s\" opacity=\"0.35\"/>%n",
                lo, Math.max(1.5, hi - lo), AGREED));
        html.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"26\" r=\"6\" fill=\"%s\"/>%n", x, AGREED));
        html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"12\" class=\"tick\">%s</text>%n", x,
                esc(SummaryText.percent(c.rate()))));
        html.append("</svg>\n</section>\n");
    }

    private void disagreements(AuditSummary s) {
        html.append("<section>\n<h2>Disagreements by kind</h2>\n");
        if (s.byKind().isEmpty()) {
            html.append("<p>None: every settled case was recorded as the rules record it.</p>\n</section>\n");
            return;
        }
        html.append("<p>Each disagreeing case counted once, under its most specific kind.</p>\n");
        List<Bar> bars = new ArrayList<>();
        for (DisagreementKind kind : DisagreementKind.values()) {
            Long n = s.byKind().get(kind.name());
            if (n != null) {
                bars.add(new Bar(kind.label(), n, DISAGREED));
            }
        }
        barChart(bars);
        html.append("</section>\n");
    }

    private void classifications(AuditSummary s) {
        if (s.byClassification().isEmpty()) {
            return;
        }
        html.append("<section>\n<h2>Crimes by classification</h2>\n<p>How many crimes of each classification the rules ")
                .append("record, and how many the force recorded, over the cases read and decided.</p>\n");
        html.append("<p class=\"legend\"><span style=\"background:").append(RULES).append("\"></span>the rules ")
                .append("<span style=\"background:").append(FORCE).append("\"></span>the force</p>\n");
        long max = 1;
        for (AuditSummary.ClassificationCount k : s.byClassification()) {
            max = Math.max(max, Math.max(k.rules(), k.recorded()));
        }
        int labelWidth = 330;
        int barWidth = 360;
        int rowHeight = 34;
        int height = s.byClassification().size() * rowHeight + 8;
        html.append("<svg class=\"chart\" viewBox=\"0 0 ").append(labelWidth + barWidth + 70).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"Crimes by classification, the rules against the force\">\n");
        int y = 4;
        for (AuditSummary.ClassificationCount k : s.byClassification()) {
            html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\"><title>%s</title>%s</text>%n",
                    labelWidth - 8, y + 19, esc(k.classification()), esc(clip(k.classification(), 52))));
            hbar(labelWidth, y + 2, barWidth, 13, k.rules(), max, RULES);
            hbar(labelWidth, y + 16, barWidth, 13, k.recorded(), max, FORCE);
            y += rowHeight;
        }
        html.append("</svg>\n</section>\n");
    }

    private void questions(AuditSummary s) {
        if (s.questionsByRule().isEmpty()) {
            return;
        }
        html.append("<section>\n<h2>Judgements needed</h2>\n<p>The cases that need information lack these judgements ")
                .append("(questions by brief rule id); the per-case output lists each question and what each answer leads to.</p>\n");
        List<Bar> bars = new ArrayList<>();
        s.questionsByRule().forEach((rule, n) -> bars.add(new Bar(rule, n, NEEDS_INFORMATION)));
        barChart(bars);
        html.append("</section>\n");
    }

    private void examples(Tally tally) {
        Map<DisagreementKind, List<Tally.Example>> examples = tally.examples();
        if (examples.isEmpty() && tally.needsInformationExamples().isEmpty()) {
            return;
        }
        html.append("<section>\n<h2>Examples, with the explanation</h2>\n<p>The first cases of each kind in the input; ")
                .append("every case is in the per-case CSV and JSON output.</p>\n");
        for (DisagreementKind kind : DisagreementKind.values()) {
            List<Tally.Example> shown = examples.get(kind);
            if (shown != null) {
                exampleList(kind.label(), shown);
            }
        }
        if (!tally.needsInformationExamples().isEmpty()) {
            exampleList("needs information", tally.needsInformationExamples());
        }
        html.append("</section>\n");
    }

    private void exampleList(String title, List<Tally.Example> shown) {
        html.append("<h3>").append(esc(title)).append("</h3>\n");
        boolean first = true;
        for (Tally.Example example : shown) {
            html.append(first ? "<details open>" : "<details>").append("<summary>line ").append(example.line()).append(example.caseId() == null ? ""
                    : ", case " + esc(example.caseId())).append(": ").append(esc(example.summary())).append("</summary>\n<ul>\n");
            for (String detail : example.details()) {
                boolean nested = detail.startsWith("  ");
                html.append(nested ? "<li class=\"evidence\">" : "<li>").append(esc(detail.trim())).append("</li>\n");
            }
            html.append("</ul>\n</details>\n");
            first = false;
        }
    }

    private void generated(AuditSummary s) {
        if (s.generated() == null) {
            return;
        }
        AuditSummary.GeneratedCheck g = s.generated();
        html.append("<section>\n<h2>Generated batch: found against injected</h2>\n<p>The audit found what the generator ")
                .append("built into ").append(SummaryText.count(g.matched())).append(" of ").append(SummaryText.count(g.labelled()))
                .append(" labelled records.</p>\n<table>\n<tr><th>expected</th><th>found</th><th>records</th></tr>\n");
        g.expectedVsFound().forEach((expected, found) -> found.forEach((kind, n) -> html.append("<tr")
                .append(expected.equals(kind) ? "" : " class=\"mismatch\"").append("><td>").append(esc(expected))
                .append("</td><td>").append(esc(kind)).append("</td><td class=\"n\">").append(SummaryText.count(n))
                .append("</td></tr>\n")));
        html.append("</table>\n</section>\n");
    }

    private void rejected(Tally tally, long rejected) {
        if (rejected == 0) {
            return;
        }
        html.append("<section>\n<h2>Rejected records</h2>\n<p>").append(SummaryText.count(rejected))
                .append(" records could not be read or are not valid; they are counted above and listed with their line ")
                .append("numbers in the per-case output").append(tally.rejectedExamples().size() < rejected ? " (the first "
                        + tally.rejectedExamples().size() + " here)" : "").append(".</p>\n<table>\n<tr><th>line</th><th>case</th><th>problems</th></tr>\n");
        for (Tally.Example example : tally.rejectedExamples()) {
            html.append("<tr><td class=\"n\">").append(example.line()).append("</td><td>")
                    .append(example.caseId() == null ? "" : esc(example.caseId())).append("</td><td>")
                    .append(esc(String.join("; ", example.details()))).append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    private void stackedBar(List<Bar> parts) {
        long total = parts.stream().mapToLong(Bar::value).sum();
        int width = 760;
        html.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(" 44\" role=\"img\" aria-label=\"");
        for (Bar part : parts) {
            html.append(esc(part.label())).append(' ').append(part.value()).append("; ");
        }
        html.append("\">\n");
        double x = 0;
        for (Bar part : parts) {
            if (total == 0 || part.value() == 0) {
                continue;
            }
            double w = (double) part.value() / total * width;
            html.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"28\" fill=\"%s\">"
                    + "<title>%s: %s</title></rect>%n", x, w, part.colour(), esc(part.label()), SummaryText.count(part.value())));
            x += w;
        }
        html.append("</svg>\n<p class=\"legend\">");
        for (Bar part : parts) {
            html.append("<span style=\"background:").append(part.colour()).append("\"></span>").append(esc(part.label()))
                    .append(' ').append(SummaryText.count(part.value()))
                    .append(total == 0 ? "" : " (" + SummaryText.percent((double) part.value() / total) + ")").append(" &nbsp; ");
        }
        html.append("</p>\n");
    }

    private void barChart(List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int labelWidth = 360;
        int barWidth = 330;
        int rowHeight = 26;
        int height = bars.size() * rowHeight + 6;
        html.append("<svg class=\"chart\" viewBox=\"0 0 ").append(labelWidth + barWidth + 70).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"");
        for (Bar bar : bars) {
            html.append(esc(bar.label())).append(' ').append(bar.value()).append("; ");
        }
        html.append("\">\n");
        int y = 3;
        for (Bar bar : bars) {
            html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\"><title>%s</title>%s</text>%n",
                    labelWidth - 8, y + 15, esc(bar.label()), esc(clip(bar.label(), 56))));
            hbar(labelWidth, y + 2, barWidth, 18, bar.value(), max, bar.colour());
            y += rowHeight;
        }
        html.append("</svg>\n");
    }

    private void hbar(int x, int y, int width, int height, long value, long max, String colour) {
        double w = value == 0 ? 0 : Math.max(1.5, (double) value / max * width);
        html.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>"
                + "<text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>%n", x, y, w, height, colour, x + w + 5,
                y + height - 3, SummaryText.count(value)));
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            body { margin: 0; background: #f6f6f4; color: #1b1b1b;
                   font: 15px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 980px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
            h1 { font-size: 26px; margin: 8px 0 2px; }
            h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
            h3 { font-size: 16px; margin: 18px 0 6px; }
            .meta { color: #666; font-size: 13px; }
            .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 18px 0 8px; }
            .card { flex: 1 1 150px; border: 1px solid #ddd; border-top: 5px solid #333; padding: 10px 14px; }
            .card .value { font-size: 26px; font-weight: 600; }
            .card .label { color: #555; font-size: 13px; }
            svg.chart { width: 100%; height: auto; display: block; margin: 8px 0; }
            svg text { font-family: inherit; font-size: 13px; fill: #222; }
            svg text.label { text-anchor: end; }
            svg text.tick { text-anchor: middle; font-size: 11px; fill: #555; }
            svg text.value { font-size: 12px; fill: #333; }
            .legend span { display: inline-block; width: 12px; height: 12px; margin: 0 5px -1px 10px; }
            .legend span:first-child { margin-left: 0; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0; }
            th, td { border-bottom: 1px solid #e4e4e4; text-align: left; padding: 4px 8px; vertical-align: top; }
            td.n { text-align: right; white-space: nowrap; }
            tr.mismatch td { background: #fdecea; }
            table.options { width: auto; }
            details { margin: 4px 0; padding: 4px 8px; border: 1px solid #e4e4e4; }
            details summary { cursor: pointer; }
            details ul { margin: 6px 0 4px; padding-left: 20px; }
            li.evidence { list-style: circle; margin-left: 18px; color: #444; }
            @media print { body { background: #fff; } main { padding: 0; } details { break-inside: avoid; } }
            """;
}
