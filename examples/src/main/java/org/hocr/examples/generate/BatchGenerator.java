package org.hocr.examples.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.hocr.api.json.HocrJson;
import org.hocr.examples.audit.AuditRecord;
import org.hocr.examples.audit.CsvColumn;
import org.hocr.examples.audit.GeneratedLabel;

/**
 * Writes a generated batch, in JSON Lines or CSV, and counts what it wrote: the records by kind of case, by
 * injected error and by what the audit should find, and the records deliberately written bad. The same seed and
 * settings write the same batch; bad records are chosen with their own random stream, so switching them on does
 * not change the cases around them.
 */
public final class BatchGenerator {
    private static final ObjectMapper JSON = HocrJson.mapper();

    /** The output formats. */
    public enum Format { JSONL, CSV }

    /**
     * What a generated batch holds.
     *
     * @param records     records written (a CSV case is one record)
     * @param byCaseKind  records by kind of case (bad records included)
     * @param byExpected  well-formed records by what the audit should find: AGREED, NEEDS_INFORMATION or a kind
     * @param corrupt     records written bad, by kind (each should be rejected)
     */
    public record Counts(long records, Map<String, Long> byCaseKind, Map<String, Long> byExpected,
                         Map<String, Long> corrupt) {

        /** Records written bad. */
        public long corruptTotal() {
            return corrupt.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final CaseGenerator cases;
    private final SplittableRandom corruptions;
    private final double corruptRate;

    /**
     * @param seed        the seed
     * @param errorRate   the share of records whose recording carries an injected error
     * @param needsInformationRate the share of records built so that the rules need a judgement
     * @param corruptRate the share of records written bad (malformed, invalid)
     */
    public BatchGenerator(long seed, double errorRate, double needsInformationRate, double corruptRate) {
        if (corruptRate < 0 || corruptRate > 1) {
            throw new IllegalArgumentException("the corrupt rate must be between 0 and 1");
        }
        this.cases = new CaseGenerator(seed, errorRate, needsInformationRate);
        this.corruptions = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.corruptRate = corruptRate;
    }

    /** Writes {@code count} records, ids {@code SYN-000001} on. */
    public Counts write(Writer out, Format format, long count) throws IOException {
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, Long> byExpected = new TreeMap<>();
        Map<String, Long> corrupt = new TreeMap<>();
        if (format == Format.CSV) {
            out.write(CsvCaseWriter.header());
            out.write('\n');
        }
        for (long i = 1; i <= count; i++) {
            AuditRecord record = cases.next(String.format("SYN-%06d", i));
            GeneratedLabel label = record.generated();
            byKind.merge(label.caseKind(), 1L, Long::sum);
            boolean bad = corruptions.nextDouble() < corruptRate;
            Corruption how = null;
            if (format == Format.JSONL) {
                String line = JSON.writeValueAsString(record);
                if (bad) {
                    how = pick(Corruption.MALFORMED_JSON, Corruption.INVALID_REPORT, Corruption.INVALID_RECORDED);
                    line = corruptJson(line, how);
                }
                out.write(line);
                out.write('\n');
            } else {
                // CSV has no column for the generator's label: it is counted here only.
                List<String[]> rows = CsvCaseWriter.rows(record);
                int broken = bad ? corruptions.nextInt(rows.size()) : -1;
                if (bad) {
                    how = pick(Corruption.WRONG_FIELD_COUNT, Corruption.BAD_DATE, Corruption.BROKEN_QUOTING);
                }
                for (int r = 0; r < rows.size(); r++) {
                    out.write(r == broken ? corruptRow(rows.get(r), how) : CsvCaseWriter.line(rows.get(r)));
                    out.write('\n');
                }
            }
            if (how != null) {
                corrupt.merge(how.name(), 1L, Long::sum);
            } else {
                byExpected.merge(label.expected(), 1L, Long::sum);
            }
        }
        out.flush();
        return new Counts(count, byKind, byExpected, corrupt);
    }

    private String corruptJson(String line, Corruption how) throws IOException {
        return switch (how) {
            case MALFORMED_JSON -> line.substring(0, 1 + corruptions.nextInt(line.length() - 2));
            case INVALID_REPORT -> {
                ObjectNode tree = (ObjectNode) JSON.readTree(line);
                ObjectNode report = (ObjectNode) tree.get("report");
                LocalDate asAt = LocalDate.parse(report.get("asAt").asText());
                ((ObjectNode) report.get("occasions").get(0)).put("date", asAt.plusDays(10).toString());
                yield JSON.writeValueAsString(tree);
            }
            case INVALID_RECORDED -> {
                ObjectNode tree = (ObjectNode) JSON.readTree(line);
                ObjectNode recorded = (ObjectNode) tree.get("recorded");
                ((ArrayNode) recorded.get("crimes")).addObject().put("hocrCode", "8L").put("section", "s2")
                        .put("victimId", "X9").put("suspectId", "S1");
                recorded.remove("crimeCount");
                yield JSON.writeValueAsString(tree);
            }
            default -> throw new IllegalArgumentException(how + " is for CSV");
        };
    }

    /** A row written bad: a field lost, a date that is not one, or a quote opened and not closed. */
    private static String corruptRow(String[] row, Corruption how) throws IOException {
        String[] cells = row.clone();
        return switch (how) {
            case WRONG_FIELD_COUNT -> CsvCaseWriter.line(Arrays.copyOf(cells, cells.length - 1));
            case BAD_DATE -> {
                cells[CsvColumn.DATE.ordinal()] = "2024-13-45";
                yield CsvCaseWriter.line(cells);
            }
            case BROKEN_QUOTING -> {
                cells[CsvColumn.OCCASION_ID.ordinal()] = "QUOTE-HERE";
                yield CsvCaseWriter.line(cells).replace("QUOTE-HERE", "\"" + row[CsvColumn.OCCASION_ID.ordinal()]);
            }
            default -> throw new IllegalArgumentException(how + " is for JSON Lines");
        };
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[corruptions.nextInt(values.length)];
    }
}
