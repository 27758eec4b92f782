package org.hocr.examples.audit;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.hocr.api.Crime;
import org.hocr.api.Problem;

/**
 * Writes one CSV row per case as results arrive: line, case id, outcome, kinds of disagreement, the crimes as the
 * rules and as the force record them, the outcome code, and why.
 */
public final class CaseCsvWriter implements Audit.Listener, AutoCloseable {
    /** The columns of the per-case CSV. */
    public static final List<String> COLUMNS = List.of("line", "caseId", "outcome", "kinds", "rulesCrimes",
            "recordedCrimes", "outcomeCode", "why");

    private final SequenceWriter rows;

    public CaseCsvWriter(Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        this.rows = new CsvMapper().writerFor(String[].class).with(schema.build()).writeValues(out);
    }

    @Override
    public void accept(CaseResult result) throws IOException {
        rows.write(new String[] {
            String.valueOf(result.line()),
            result.caseId() == null ? "" : result.caseId(),
            result.outcome().name(),
            result.kinds().stream().map(Enum::name).collect(Collectors.joining(";")),
            result.decision() == null ? "" : result.decision().crimes().stream().map(CaseCsvWriter::crime)
                    .collect(Collectors.joining("; ")),
            result.recorded() == null ? "" : result.recorded().stream().map(CrimeEntry::describe)
                    .collect(Collectors.joining("; ")),
            result.outcomeCode() == null ? "" : String.valueOf(result.outcomeCode()),
            why(result)
        });
    }

    private static String crime(Crime crime) {
        return CrimeEntry.of(crime).describe();
    }

    /** The findings, the questions, or the problems, in one cell. */
    static String why(CaseResult result) {
        return switch (result.outcome()) {
            case AGREED -> String.join(" ", result.notes());
            case DISAGREED -> result.findings().stream().map(Finding::why).collect(Collectors.joining(" "));
            case NEEDS_INFORMATION -> result.decision().questions().stream().map(q -> "[" + q.ruleId() + "] " + q.question())
                    .collect(Collectors.joining(" "));
            case REJECTED -> result.problems().stream().map(Problem::toString).collect(Collectors.joining("; "));
        };
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
