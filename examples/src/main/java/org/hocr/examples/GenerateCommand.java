package org.hocr.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hocr.api.json.HocrJson;
import org.hocr.examples.generate.BatchGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a synthetic batch to audit, with known recording errors. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a synthetic, reproducible batch of cases to audit: single incidents, harassment, s4, "
                + "stalking, s4A, breaches of orders, malicious communications and two-victim cases, built from facts, "
                + "each with what the force recorded.",
            "A share of the records carry one injected recording error of a known kind (JSON Lines records name it in "
                + "\"generated\"), so that an audit's findings can be checked against them. The counts go to standard error."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (by file name: .csv is CSV, anything else JSON Lines), jsonl or csv. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "1000", description = "Records (cases) to write. Default: ${DEFAULT-VALUE}.")
    private long count;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "The seed: the same seed and rates write the same batch. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--error-rate", paramLabel = "RATE", defaultValue = "0.1",
            description = "Share of records recorded with an injected error, spread evenly over the kinds. Default: ${DEFAULT-VALUE}.")
    private double errorRate;

    @Option(names = "--needs-information-rate", paramLabel = "RATE", defaultValue = "0.02",
            description = "Share of records that leave a judgement open, so the rules need information. Default: ${DEFAULT-VALUE}.")
    private double needsInformationRate;

    @Option(names = "--corrupt-rate", paramLabel = "RATE", defaultValue = "0",
            description = "Share of records written bad (malformed, invalid), which an audit must reject and count. Default: ${DEFAULT-VALUE}.")
    private double corruptRate;

    @Option(names = "--counts", paramLabel = "FILE", description = "Also write the counts as JSON to FILE.")
    private Path counts;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BatchGenerator.Format output;
        BatchGenerator generator;
        try {
            output = switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "jsonl" -> BatchGenerator.Format.JSONL;
                case "csv" -> BatchGenerator.Format.CSV;
                case "auto" -> out != null && out.toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                        ? BatchGenerator.Format.CSV : BatchGenerator.Format.JSONL;
                default -> throw new IllegalArgumentException("--format: use auto, jsonl or csv");
            };
            if (count < 0) {
                throw new IllegalArgumentException("--count must not be negative");
            }
            generator = new BatchGenerator(seed, errorRate, needsInformationRate, corruptRate);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return HocrCommand.BAD_INPUT;
        }
        BatchGenerator.Counts written;
        try (Writer writer = writer()) {
            written = generator.write(writer, output, count);
        } catch (IOException e) {
            err.println("Cannot write: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
            return HocrCommand.BAD_INPUT;
        }
        err.println(describe(written));
        if (counts != null) {
            try {
                HocrJson.mapper().writerWithDefaultPrettyPrinter().writeValue(counts.toFile(), written);
            } catch (IOException e) {
                err.println("Cannot write the counts: " + e.getClass().getSimpleName());
                return HocrCommand.BAD_INPUT;
            }
        }
        err.flush();
        return HocrCommand.AGREED;
    }

    private Writer writer() throws IOException {
        if (out == null) {
            // Standard output stays open: only this writer's buffer is flushed.
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }

    private static String describe(BatchGenerator.Counts c) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Generated %,d records", c.records()));
        text.append(String.format(Locale.ROOT, " (%,d written bad)%n", c.corruptTotal()));
        text.append("  by kind of case: ").append(join(c.byCaseKind())).append('\n');
        text.append("  the audit should find: ").append(join(c.byExpected()));
        if (!c.corrupt().isEmpty()) {
            text.append("\n  written bad: ").append(join(c.corrupt()));
        }
        return text.toString();
    }

    private static String join(Map<String, Long> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return text.toString();
    }
}
