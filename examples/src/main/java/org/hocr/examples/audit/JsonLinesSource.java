package org.hocr.examples.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.hocr.api.Problem;
import org.hocr.api.json.HocrJson;

/**
 * A batch in JSON Lines: one audit record per line, read with the library's strict JSON settings. Blank lines
 * are not records and are skipped; every other line is a record, and a line that cannot be read is a rejected
 * record with its line number.
 */
public final class JsonLinesSource implements RecordSource {
    /** Longest line read; the rest of a longer line is skipped and the line rejected. */
    public static final int MAX_LINE_CHARS = 16 * 1024 * 1024;

    private static final ObjectMapper MAPPER = HocrJson.mapper();

    private final BatchInput input;
    private final BoundedLineReader lines;
    private final int maxLineChars;

    public JsonLinesSource(BatchInput input) {
        this(input, MAX_LINE_CHARS);
    }

    JsonLinesSource(BatchInput input, int maxLineChars) {
        this.input = input;
        this.lines = new BoundedLineReader(input.reader(), maxLineChars);
        this.maxLineChars = maxLineChars;
    }

    @Override
    public PendingRecord next() throws IOException {
        BoundedLineReader.Line line;
        while ((line = lines.next()) != null) {
            if (line.tooLong()) {
                return PendingRecord.bad(line.number(), null, "$", "line longer than " + maxLineChars
                        + " characters: not read");
            }
            if (!line.text().isBlank()) {
                String text = line.text();
                return new PendingRecord(line.number(), null, () -> read(text));
            }
        }
        return null;
    }

    /**
     * Reads and checks one record: first as JSON (so that malformed JSON is reported by its column), then as an
     * audit record (so that a wrong field is reported by its path).
     */
    static AuditRecord read(String json) throws BadRecordException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new BadRecordException(List.of(inRecord(HocrJson.problemOf(e))));
        }
        if (tree == null || !tree.isObject()) {
            throw new BadRecordException("$", "not an audit record: expected an object with report and recorded");
        }
        AuditRecord record;
        try {
            record = MAPPER.treeToValue(tree, AuditRecord.class);
        } catch (IOException e) {
            JsonNode id = tree.path("report").path("id");
            throw new BadRecordException(List.of(inRecord(HocrJson.problemOf(e))), id.isTextual() ? id.asText() : null);
        }
        List<Problem> problems = RecordedCheck.problems(record);
        if (!problems.isEmpty()) {
            throw new BadRecordException(problems, record.report() == null ? null : record.report().id());
        }
        return record;
    }

    /** A record is one line: "at line 1, column 40" is "at column 40". */
    private static Problem inRecord(Problem problem) {
        return new Problem(problem.path(), problem.message().replace(" at line 1, column ", " at column "));
    }

    @Override
    public double fractionRead() {
        return input.fractionRead();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
