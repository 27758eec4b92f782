package org.hocr.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hocr.api.Problem;
import org.hocr.api.RulebookOptions;
import org.hocr.api.json.HocrJson;
import org.hocr.core.HocrEngine;
import org.hocr.examples.audit.Audit;
import org.hocr.examples.audit.AuditSummary;
import org.hocr.examples.audit.BatchInput;
import org.hocr.examples.audit.CaseCsvWriter;
import org.hocr.examples.audit.CaseJsonWriter;
import org.hocr.examples.audit.CaseOutcome;
import org.hocr.examples.audit.CaseResult;
import org.hocr.examples.audit.CsvSource;
import org.hocr.examples.audit.HtmlReport;
import org.hocr.examples.audit.JsonLinesSource;
import org.hocr.examples.audit.Progress;
import org.hocr.examples.audit.RecordSource;
import org.hocr.examples.audit.SummaryText;
import org.hocr.examples.audit.Tally;
import org.hocr.examples.audit.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Audits a batch of recorded cases against the counting rules. */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks a batch of recorded cases against the counting rules: each report is decided by the rules "
                + "and compared with what the force recorded (crimes, classifications, outcome code).",
            "Prints a summary; writes per-case CSV and JSON, a summary JSON and an HTML report on request. "
                + "Every record read is accounted for: read = agreed + disagreed + needs information + rejected; "
                + "each rejected record is listed on standard error with its line number."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Every record read agreed with the rules.",
            "1:Disagreements found, or cases that need information.",
            "2:Bad usage, unreadable input, or records rejected (the rest is still audited)."})
final class AuditCommand implements Callable<Integer> {

    /** The input formats. */
    enum Format { AUTO, JSONL, CSV }

    /** When to show the progress bar. */
    enum ProgressMode { AUTO, ALWAYS, NEVER }

    @Parameters(index = "0", paramLabel = "INPUT", description = "The batch: JSON Lines or CSV; - reads standard input.")
    private String input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (by file name: .csv is CSV, anything else JSON Lines), jsonl or csv. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Write cases.csv, cases.jsonl, summary.json and report.html into DIR (created if needed).")
    private Path out;

    @Option(names = "--cases-csv", paramLabel = "FILE", description = "Write one CSV row per case to FILE.")
    private Path casesCsv;

    @Option(names = "--cases-json", paramLabel = "FILE", description = "Write one JSON object per case, one a line, to FILE.")
    private Path casesJson;

    @Option(names = "--summary-json", paramLabel = "FILE", description = "Write the summary as JSON to FILE.")
    private Path summaryJson;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the HTML report (self-contained, with charts) to FILE.")
    private Path html;

    @Option(names = "--json", description = "Print the summary as JSON instead of text.")
    private boolean json;

    @Option(names = "--explain", paramLabel = "WHICH", defaultValue = "disagreements",
            description = "Which cases carry the decision's full explanation in the per-case JSON: all, disagreements "
                    + "(and cases needing information) or none. Default: ${DEFAULT-VALUE}.")
    private String explain;

    @Option(names = "--option", paramLabel = "NAME=VALUE",
            description = "A rulebook option, for example wideGapDays=120 (repeatable); see the README.")
    private Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of processors.")
    private Integer threads;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "auto (when standard error is a terminal), always or never. Default: ${DEFAULT-VALUE}.")
    private String progress;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "5",
            description = "Example cases per kind in the HTML report. Default: ${DEFAULT-VALUE}.")
    private int examples;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RulebookOptions rulebook;
        Format inputFormat;
        CaseJsonWriter.Explain explainMode;
        ProgressMode progressMode;
        try {
            rulebook = RulebookOptions.defaults().with(options);
            inputFormat = choice(Format.class, format, "--format");
            explainMode = choice(CaseJsonWriter.Explain.class, explain, "--explain");
            progressMode = choice(ProgressMode.class, progress, "--progress");
            if (threads != null && threads < 1 || examples < 0) {
                throw new IllegalArgumentException("--threads must be at least 1 and --examples not negative");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return HocrCommand.BAD_INPUT;
        }
        boolean csv = inputFormat == Format.CSV || inputFormat == Format.AUTO && input.toLowerCase(Locale.ROOT).endsWith(".csv");
        HocrEngine engine = new HocrEngine(rulebook);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Tally tally = new Tally(examples);
        List<AutoCloseable> outputs = new ArrayList<>();
        long started = System.nanoTime();
        long read;
        try (BatchInput batch = BatchInput.open(input, System.in);
             RecordSource source = csv ? new CsvSource(batch) : new JsonLinesSource(batch)) {
            List<Audit.Listener> listeners = new ArrayList<>();
            listeners.add(tally);
            Path csvFile = file(casesCsv, "cases.csv");
            if (csvFile != null) {
                CaseCsvWriter writer = new CaseCsvWriter(open(csvFile));
                outputs.add(writer);
                listeners.add(writer);
            }
            Path jsonFile = file(casesJson, "cases.jsonl");
            if (jsonFile != null) {
                CaseJsonWriter writer = new CaseJsonWriter(open(jsonFile), explainMode);
                outputs.add(writer);
                listeners.add(writer);
            }
            Progress bar = new Progress(err, progressMode == ProgressMode.ALWAYS
                    || progressMode == ProgressMode.AUTO && Progress.standardErrorIsTerminal(), source::fractionRead, System::nanoTime);
            listeners.add(result -> reportRejected(result, bar, err));
            listeners.add(bar);
            read = new Audit(engine, workers).run(source, result -> {
                for (Audit.Listener listener : listeners) {
                    listener.accept(result);
                }
            });
            bar.finish();
            closeAll(outputs);
        } catch (NoSuchFileException e) {
            err.println("No such file: " + e.getFile());
            return HocrCommand.BAD_INPUT;
        } catch (UnreadableInputException e) {
            err.println(e.getMessage());
            return HocrCommand.BAD_INPUT;
        } catch (IOException e) {
            err.println("Cannot read or write: " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : " (" + e.getMessage() + ")"));
            return HocrCommand.BAD_INPUT;
        } finally {
            closeQuietly(outputs);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        AuditSummary summary = AuditSummary.of(BatchInput.displayName(input), csv ? "csv" : "jsonl", read, tally,
                new AuditSummary.Rulebook(engine.ruleBase().version(), engine.ruleBase().ruleSetHash(), rulebook.byName()),
                new AuditSummary.Run(seconds, read / Math.max(seconds, 1e-9), workers));
        try {
            writeReports(summary, tally);
        } catch (IOException e) {
            err.println("Cannot write the reports: " + e.getClass().getSimpleName());
            return HocrCommand.BAD_INPUT;
        }
        try {
            stdout.print(json ? HocrJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary)
                    + System.lineSeparator() : SummaryText.render(summary));
        } catch (IOException e) {
            err.println("Cannot write the summary: " + e.getClass().getSimpleName());
            return HocrCommand.BAD_INPUT;
        }
        stdout.flush();
        return exitCode(summary.records());
    }

    /** 2 if any record was rejected (or, impossibly, not accounted for), 1 if any disagreed or needs information, else 0. */
    static int exitCode(AuditSummary.Records records) {
        if (records.rejected() > 0 || !records.accountedFor()) {
            return HocrCommand.BAD_INPUT;
        }
        return records.disagreed() > 0 || records.needsInformation() > 0 ? HocrCommand.DISAGREEMENTS : HocrCommand.AGREED;
    }

    private void writeReports(AuditSummary summary, Tally tally) throws IOException {
        Path summaryFile = file(summaryJson, "summary.json");
        if (summaryFile != null) {
            try (Writer writer = open(summaryFile)) {
                HocrJson.mapper().writerWithDefaultPrettyPrinter().writeValue(writer, summary);
            }
        }
        Path htmlFile = file(html, "report.html");
        if (htmlFile != null) {
            try (Writer writer = open(htmlFile)) {
                HtmlReport.write(writer, summary, tally, ZonedDateTime.now());
            }
        }
    }

    /** Each rejected record on standard error, one line per problem, with its line number. */
    private static void reportRejected(CaseResult result, Progress bar, PrintWriter err) {
        if (result.outcome() != CaseOutcome.REJECTED) {
            return;
        }
        bar.clear();
        String where = "rejected: line " + result.line() + (result.caseId() == null ? "" : " (case " + result.caseId() + ")");
        for (Problem problem : result.problems()) {
            err.println(where + ": " + problem);
        }
        err.flush();
    }

    /** The file for an output: the one named, or its default name in --out, or none. */
    private Path file(Path named, String defaultName) {
        return named != null ? named : out != null ? out.resolve(defaultName) : null;
    }

    private static Writer open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": use one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    private static void closeAll(List<AutoCloseable> outputs) throws IOException {
        try {
            for (AutoCloseable output : outputs) {
                output.close();
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getClass().getSimpleName());
        } finally {
            outputs.clear();
        }
    }

    private static void closeQuietly(List<AutoCloseable> outputs) {
        for (AutoCloseable output : outputs) {
            try {
                output.close();
            } catch (Exception ignored) {
                // already failing: the first error is the one reported
            }
        }
    }
}
