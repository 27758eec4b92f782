package org.hocr.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hocr.core.HocrEngine;
import org.hocr.examples.audit.Audit;
import org.hocr.examples.audit.BatchInput;
import org.hocr.examples.audit.CaseOutcome;
import org.hocr.examples.audit.CaseResult;
import org.hocr.examples.audit.CsvSource;
import org.hocr.examples.audit.DisagreementKind;
import org.hocr.examples.audit.JsonLinesSource;
import org.hocr.examples.audit.RecordSource;
import org.junit.jupiter.api.Test;

/**
 * The generator builds cases of known kinds and injects known recording errors; the audit must find exactly what
 * was injected, record by record, and count it.
 */
class GeneratedBatchAuditTest {
    private static final HocrEngine ENGINE = new HocrEngine();

    @Test
    void theAuditFindsExactlyTheInjectedErrors() throws Exception {
        StringWriter batch = new StringWriter();
        BatchGenerator.Counts counts = new BatchGenerator(42, 0.4, 0.05, 0).write(batch, BatchGenerator.Format.JSONL, 450);
        List<CaseResult> results = audit(new JsonLinesSource(BatchInput.of("generated.jsonl", batch.toString())));

        assertThat(results).hasSize(450);
        List<String> mismatches = results.stream().filter(r -> !r.found().equals(r.generated().expected()))
                .map(r -> "line " + r.line() + " " + r.generated() + " found " + r.found() + ": " + r.findings())
                .toList();
        assertThat(mismatches).as("records where the audit did not find what the generator built").isEmpty();
        assertThat(found(results)).isEqualTo(counts.byExpected());
        assertThat(counts.byExpected().keySet()).as("every kind of disagreement was injected")
                .containsAll(EnumSet.allOf(DisagreementKind.class).stream().map(Enum::name).toList());
    }

    /** The clean cases check the generator's own record of each kind of case against the rules. */
    @Test
    void everyKindOfCaseRecordedCorrectlyAgreesWithTheRules() throws Exception {
        StringWriter batch = new StringWriter();
        new BatchGenerator(7, 0, 0, 0).write(batch, BatchGenerator.Format.JSONL, 250);
        List<CaseResult> results = audit(new JsonLinesSource(BatchInput.of("clean.jsonl", batch.toString())));

        assertThat(results).allSatisfy(r -> assertThat(r.outcome()).as("line %d, %s: %s", r.line(), r.generated(), r.findings())
                .isEqualTo(CaseOutcome.AGREED));
        Set<String> kinds = results.stream().map(r -> r.generated().caseKind()).collect(Collectors.toSet());
        assertThat(kinds).containsAll(List.of(CaseKind.values()).stream().filter(k -> k.weight() > 0).map(Enum::name).toList());
    }

    @Test
    void theCsvFormOfABatchIsAuditedAlike() throws Exception {
        StringWriter batch = new StringWriter();
        BatchGenerator.Counts counts = new BatchGenerator(42, 0.4, 0.05, 0).write(batch, BatchGenerator.Format.CSV, 300);
        List<CaseResult> results = audit(new CsvSource(BatchInput.of("generated.csv", batch.toString())));

        assertThat(results).hasSize(300);
        assertThat(found(results)).isEqualTo(counts.byExpected());
    }

    @Test
    void badRecordsAreEachRejectedAndTheRestStillFound() throws Exception {
        for (BatchGenerator.Format format : BatchGenerator.Format.values()) {
            StringWriter batch = new StringWriter();
            BatchGenerator.Counts counts = new BatchGenerator(3, 0.2, 0.02, 0.15).write(batch, format, 240);
            RecordSource source = format == BatchGenerator.Format.CSV
                    ? new CsvSource(BatchInput.of("bad.csv", batch.toString()))
                    : new JsonLinesSource(BatchInput.of("bad.jsonl", batch.toString()));
            List<CaseResult> results = audit(source);

            assertThat(results).as(format.name()).hasSize(240);
            Map<String, Long> found = found(results);
            assertThat(found.remove(CaseOutcome.REJECTED.name())).as(format.name()).isEqualTo(counts.corruptTotal());
            assertThat(counts.corruptTotal()).isGreaterThan(10);
            assertThat(found).as(format.name()).isEqualTo(counts.byExpected());
            assertThat(results.stream().filter(r -> r.outcome() == CaseOutcome.REJECTED))
                    .allSatisfy(r -> assertThat(r.problems()).isNotEmpty());
        }
    }

    @Test
    void theSameSeedWritesTheSameBatch() throws IOException {
        assertThat(generate(5)).isEqualTo(generate(5)).isNotEqualTo(generate(6));
    }

    private static String generate(long seed) throws IOException {
        StringWriter out = new StringWriter();
        new BatchGenerator(seed, 0.3, 0.05, 0.05).write(out, BatchGenerator.Format.JSONL, 40);
        return out.toString();
    }

    private static Map<String, Long> found(List<CaseResult> results) {
        Map<String, Long> found = new TreeMap<>();
        results.forEach(r -> found.merge(r.found(), 1L, Long::sum));
        return found;
    }

    private static List<CaseResult> audit(RecordSource source) throws IOException {
        List<CaseResult> results = new ArrayList<>();
        try (source) {
            new Audit(ENGINE, 2).run(source, results::add);
        }
        return results;
    }
}
