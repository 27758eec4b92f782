package org.hocr.examples.audit;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.hocr.api.Problem;

/**
 * A batch in CSV: a header row naming the columns ({@link CsvColumn}), then one row per occasion, the rows of a
 * case consecutive and sharing its case id. Each row is one line: quoted fields may hold commas but not line
 * breaks, so that one broken row cannot swallow the rows after it. A case is one record; a row that names no case
 * is a record of its own (rejected). A row that cannot be split into the header's fields makes its whole case
 * rejected, with the row's line: a case is never decided on part of its rows.
 */
public final class CsvSource implements RecordSource {
    /** Most rows read for one case; a case with more is rejected. */
    public static final int MAX_ROWS_PER_CASE = 100_000;

    private static final ObjectReader CELLS = new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .readerFor(String[].class);

    private final BatchInput input;
    private final BoundedLineReader lines;
    private final Map<CsvColumn, Integer> columns;
    private final int width;
    private final Queue<PendingRecord> ready = new ArrayDeque<>();
    private final List<PendingRecord> afterCase = new ArrayList<>();
    private CaseRows current;
    private boolean ended;

    /** One row of a case: its line and its cells by column. */
    record Row(long line, String[] cells, Map<CsvColumn, Integer> columns) {
        /** The trimmed cell of a column, or {@code null} if the column is absent or the cell blank. */
        String get(CsvColumn column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.length || cells[index] == null || cells[index].isBlank()) {
                return null;
            }
            return cells[index].trim();
        }
    }

    /**
     * Opens a CSV batch and reads its header.
     *
     * @throws UnreadableInputException if the header is missing, names an unknown or repeated column, or lacks a
     *                                  required one
     */
    public CsvSource(BatchInput input) throws IOException, UnreadableInputException {
        this.input = input;
        this.lines = new BoundedLineReader(input.reader(), JsonLinesSource.MAX_LINE_CHARS);
        Logical header = nextLogical();
        while (header != null && header.text() != null && header.text().isBlank()) {
            header = nextLogical();
        }
        if (header == null || header.text() == null) {
            throw new UnreadableInputException("CSV input has no header row");
        }
        String[] names = split(header.text());
        if (names == null) {
            throw new UnreadableInputException("line " + header.line() + ": the header row cannot be split into fields");
        }
        this.columns = headerColumns(names, header.line());
        this.width = names.length;
    }

    private static Map<CsvColumn, Integer> headerColumns(String[] names, long line) throws UnreadableInputException {
        Map<CsvColumn, Integer> found = new EnumMap<>(CsvColumn.class);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            CsvColumn column = names[i] == null ? null : CsvColumn.byHeader(names[i]);
            if (column == null) {
                problems.add("column " + (i + 1) + " '" + RecordedCheck.clip(String.valueOf(names[i])) + "' is not a known column");
            } else if (found.putIfAbsent(column, i) != null) {
                problems.add("column " + (i + 1) + " repeats " + column.header());
            }
        }
        for (CsvColumn column : CsvColumn.values()) {
            if (column.required() && !found.containsKey(column)) {
                problems.add("required column " + column.header() + " is missing");
            }
        }
        if (!problems.isEmpty()) {
            throw new UnreadableInputException("line " + line + ": CSV header: " + String.join("; ", problems)
                    + " (the columns are described in docs/command-line.md)");
        }
        return found;
    }

    @Override
    public PendingRecord next() throws IOException {
        while (ready.isEmpty() && !ended) {
            readRow();
        }
        return ready.poll();
    }

    private void readRow() throws IOException {
        Logical logical = nextLogical();
        if (logical == null) {
            flushCase();
            ended = true;
            return;
        }
        if (logical.text() != null && logical.text().isBlank()) {
            return;
        }
        String[] cells = logical.text() == null ? null : split(logical.text());
        String caseId = cells != null ? new Row(logical.line(), cells, columns).get(CsvColumn.CASE_ID) : rawCaseId(logical);
        if (caseId == null) {
            PendingRecord orphan = PendingRecord.bad(logical.line(), null, "line " + logical.line(), cells == null
                    ? problemOf(logical) : "caseId: missing: every row names its case");
            (current == null ? ready : afterCase).add(orphan);
            return;
        }
        if (current != null && !current.caseId.equals(caseId)) {
            flushCase();
        }
        if (current == null) {
            current = new CaseRows(caseId, logical.line());
        }
        if (cells == null) {
            current.problem(new Problem("line " + logical.line(), problemOf(logical)));
        } else if (cells.length != width) {
            current.problem(new Problem("line " + logical.line(), cells.length + " fields, the header has " + width));
        } else {
            current.add(new Row(logical.line(), cells, columns));
        }
    }

    private void flushCase() {
        if (current != null) {
            ready.add(current.pending());
            current = null;
        }
        ready.addAll(afterCase);
        afterCase.clear();
    }

    /** The rows of one case as they are read. */
    private static final class CaseRows {
        private final String caseId;
        private final long firstLine;
        private final List<Row> rows = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private long dropped;

        CaseRows(String caseId, long firstLine) {
            this.caseId = caseId;
            this.firstLine = firstLine;
        }

        void add(Row row) {
            if (rows.size() < MAX_ROWS_PER_CASE) {
                rows.add(row);
            } else {
                dropped++;
            }
        }

        void problem(Problem problem) {
            problems.add(problem);
        }

        PendingRecord pending() {
            if (dropped > 0) {
                problems.add(new Problem("line " + firstLine, "case has more than " + MAX_ROWS_PER_CASE + " rows"));
            }
            List<Row> caseRows = List.copyOf(rows);
            List<Problem> caseProblems = List.copyOf(problems);
            return new PendingRecord(firstLine, caseId, () -> CsvCase.read(caseId, caseRows, caseProblems));
        }
    }

    /** One line of the CSV; {@code text} is null if the line was too long to read. */
    private record Logical(long line, String text) {
    }

    private Logical nextLogical() throws IOException {
        BoundedLineReader.Line line = lines.next();
        return line == null ? null : new Logical(line.number(), line.text());
    }

    private static String problemOf(Logical logical) {
        if (logical.text() == null) {
            return "row longer than " + JsonLinesSource.MAX_LINE_CHARS + " characters: not read";
        }
        return "cannot be split into fields: a quoted field is malformed or not closed on its line";
    }

    /** The case id of a row that cannot be split: its first field, if it is plainly there. */
    private String rawCaseId(Logical logical) {
        Integer index = columns.get(CsvColumn.CASE_ID);
        if (logical.text() == null || index == null || index != 0) {
            return null;
        }
        int comma = logical.text().indexOf(',');
        String first = (comma < 0 ? logical.text() : logical.text().substring(0, comma)).trim();
        return first.isEmpty() || first.contains("\"") ? null : first;
    }

    /** The fields of one logical record, or {@code null} if its quoting is malformed. */
    private static String[] split(String text) {
        try (MappingIterator<String[]> rows = CELLS.readValues(text)) {
            return rows.hasNext() ? rows.next() : new String[0];
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
