package org.hocr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hocr.api.json.HocrJson;
import org.hocr.examples.generate.BatchGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The audit command: its outputs and its exit codes (0 all agree, 1 disagreements, 2 bad input or usage). */
class AuditCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine cli = HocrCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path generate(String name, BatchGenerator.Format format, double errorRate, double needsInformationRate,
                          double corruptRate, int count) throws IOException {
        Path file = dir.resolve(name);
        try (Writer writer = Files.newBufferedWriter(file)) {
            new BatchGenerator(11, errorRate, needsInformationRate, corruptRate).write(writer, format, count);
        }
        return file;
    }

    @Test
    void allAgreeExitsZeroAndWritesEveryOutput() throws IOException {
        Path batch = generate("clean.jsonl", BatchGenerator.Format.JSONL, 0, 0, 0, 60);
        Path reports = dir.resolve("out");
        assertThat(run("audit", batch.toString(), "--out", reports.toString())).isZero();

        assertThat(out.toString()).contains("60 records read").contains("every record accounted for")
                .contains("Compliance: 100.0 %");
        assertThat(Files.readAllLines(reports.resolve("cases.csv"))).hasSize(61)
                .first().isEqualTo("line,caseId,outcome,kinds,rulesCrimes,recordedCrimes,outcomeCode,why");
        assertThat(Files.readAllLines(reports.resolve("cases.jsonl"))).hasSize(60)
                .allSatisfy(line -> assertThat(HocrJson.mapper().readTree(line).get("outcome").asText()).isEqualTo("AGREED"));
        JsonNode summary = HocrJson.mapper().readTree(reports.resolve("summary.json").toFile());
        assertThat(summary.at("/records/read").asLong()).isEqualTo(60);
        assertThat(summary.at("/records/accountedFor").asBoolean()).isTrue();
        String html = Files.readString(reports.resolve("report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("Compliance")
                .doesNotContain("<script").doesNotContain("http://").doesNotContain("https://").doesNotContain("url(");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void disagreementsExitOneWithTheExplanationInThePerCaseOutput() throws IOException {
        Path batch = generate("errors.jsonl", BatchGenerator.Format.JSONL, 0.5, 0.05, 0, 80);
        Path cases = dir.resolve("cases.jsonl");
        assertThat(run("audit", batch.toString(), "--cases-json", cases.toString(), "--json")).isEqualTo(1);

        JsonNode summary = HocrJson.mapper().readTree(out.toString());
        assertThat(summary.at("/records/disagreed").asLong()).isPositive();
        assertThat(summary.at("/generated/matched").asLong()).isEqualTo(summary.at("/generated/labelled").asLong());
        JsonNode disagreed = Files.readAllLines(cases).stream().map(AuditCommandTest::tree)
                .filter(c -> c.get("outcome").asText().equals("DISAGREED")).findFirst().orElseThrow();
        assertThat(disagreed.at("/findings/0/why").asText()).isNotBlank();
        assertThat(disagreed.get("explanation")).isNotEmpty();
    }

    @Test
    void rejectedRecordsAreListedWithTheirLinesAndExitTwo() throws IOException {
        Path batch = generate("bad.jsonl", BatchGenerator.Format.JSONL, 0.1, 0, 0.2, 50);
        assertThat(run("audit", batch.toString())).isEqualTo(2);

        long rejected = err.toString().lines().filter(l -> l.startsWith("rejected: line ")).map(l -> l.split(":")[1]).distinct().count();
        assertThat(out.toString()).contains("50 records read").contains("every record accounted for")
                .containsPattern("rejected\\s+" + rejected + "\\R");
        assertThat(rejected).isPositive();
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aCsvBatchIsReadByItsName() throws IOException {
        Path batch = generate("batch.csv", BatchGenerator.Format.CSV, 0.3, 0, 0, 40);
        assertThat(run("audit", batch.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("Audit of batch.csv (csv): 40 records read");
    }

    @Test
    void badUsageAndUnreadableInputExitTwo() throws IOException {
        assertThat(run("audit", dir.resolve("missing.jsonl").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("No such file");

        Path batch = generate("ok.jsonl", BatchGenerator.Format.JSONL, 0, 0, 0, 2);
        assertThat(run("audit", batch.toString(), "--option", "noSuchOption=1")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown rulebook option 'noSuchOption'");
        assertThat(run("audit", batch.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("--format: use one of auto, jsonl, csv");
        assertThat(run("audit")).isEqualTo(2);

        Path csv = dir.resolve("bad-header.csv");
        Files.writeString(csv, "caseId,when\nC1,2025-01-01\n");
        assertThat(run("audit", csv.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("line 1: CSV header: column 2 'when' is not a known column");
    }

    @Test
    void theBundledSamplesAreAuditedWithNothingLost() {
        assertThat(run("audit", "data/sample.jsonl", "--json")).isEqualTo(1);
        JsonNode jsonl = tree(out.toString());
        assertThat(jsonl.at("/records/rejected").asLong()).isZero();
        assertThat(jsonl.at("/generated/matched").asLong()).isEqualTo(jsonl.at("/records/read").asLong());

        out.getBuffer().setLength(0);
        assertThat(run("audit", "data/sample.csv", "--json")).isEqualTo(1);
        JsonNode csv = tree(out.toString());
        for (String count : List.of("read", "agreed", "disagreed", "needsInformation", "rejected")) {
            assertThat(csv.at("/records/" + count).asLong()).as(count).isEqualTo(jsonl.at("/records/" + count).asLong());
        }
        assertThat(csv.get("byKind")).isEqualTo(jsonl.get("byKind"));

        out.getBuffer().setLength(0);
        assertThat(run("audit", "data/sample-with-bad-records.jsonl", "--json")).isEqualTo(2);
        JsonNode bad = tree(out.toString());
        assertThat(bad.at("/records/rejected").asLong()).isPositive();
        assertThat(bad.at("/records/accountedFor").asBoolean()).isTrue();
    }

    private static JsonNode tree(String json) {
        try {
            return HocrJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
