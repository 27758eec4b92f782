package org.hocr.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hocr.api.json.HocrJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile JSON: every input that is not a valid report gets an {@link InvalidReportException} that names the
 * problem and where it is, within the documented limits, and never quotes the input's own text.
 */
class HostileJsonTest {

    /** Made-up personal data planted in the hostile inputs: no error message may repeat it. */
    static final String SECRET = "Philomena Quarrington-Vesk";

    static final String VALID = """
            {"id":"R1","asAt":"2025-03-01",
             "persons":[{"id":"V1","role":"VICTIM","label":"a"},{"id":"S1","role":"SUSPECT"}],
             "occasions":[{"id":"O1","date":"2025-02-01","actorIds":["S1"],"aimedAtIds":["V1"],
                           "behaviours":["PHONE_CALL"],"online":true,"description":"d",
                           "reactions":[{"personId":"V1","fearedViolence":"yes"}]}],
             "effects":[{"victimId":"V1","substantialAdverseEffect":"NO","description":"e"}]}
            """;

    /** A hostile input, what it is, and the words its one problem must contain. */
    record Case(String name, String json, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        String s = SECRET;
        return List.of(
                new Case("empty", "", "$: "),
                new Case("blank", "   \n ", "$: "),
                new Case("not JSON", s, "malformed JSON"),
                new Case("truncated", VALID.substring(0, VALID.length() / 2), "malformed JSON"),
                new Case("truncated in a string", "{\"id\":\"" + s, "id: malformed JSON"),
                new Case("an array", "[1,2,3]", "$: wrong type or shape"),
                new Case("a string", "\"" + s + "\"", "$: "),
                new Case("null", "null", "$: "),
                new Case("trailing content", VALID + "{\"x\": \"" + s + "\"}", "$: "),
                new Case("deep nesting", "[".repeat(100_000) + "]".repeat(100_000), "$: wrong type or shape"),
                new Case("deep nesting in a field", VALID.replace("\"online\":true",
                        "\"online\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)),
                        "occasions[0].online: nested too deeply: at most " + HocrJson.MAX_DEPTH + " levels"),
                new Case("unknown field", VALID.replace("\"asAt\"", "\"nickname\":\"" + s + "\",\"asAt\""), "$: unknown field: the fields here are "),
                new Case("unknown field named by free text", VALID.replace("\"asAt\"", "\"" + s + "\":1,\"asAt\""),
                        "$: unknown field: the fields here are "),
                new Case("unknown field in a person", VALID.replace("\"label\":\"a\"", "\"name\":\"" + s + "\""),
                        "persons[0]: unknown field: the fields here are "),
                new Case("duplicate key", VALID.replace("\"id\":\"R1\",", "\"id\":\"R1\",\"id\":\"" + s + "\","),
                        "malformed JSON at line 1, column 16: duplicate field"),
                new Case("NaN", VALID.replace("\"asAt\":\"2025-03-01\"", "\"asAt\":\"2025-03-01\",\"outcomeCode\":NaN"),
                        "malformed JSON"),
                new Case("NaN as a string", VALID.replace("\"asAt\":\"2025-03-01\"",
                        "\"asAt\":\"2025-03-01\",\"outcomeCode\":\"NaN\""), "outcomeCode"),
                new Case("huge number", VALID.replace("\"asAt\":\"2025-03-01\"",
                        "\"asAt\":\"2025-03-01\",\"outcomeCode\":" + "9".repeat(5_000)), "$: "),
                new Case("number too big for its field", VALID.replace("\"asAt\":\"2025-03-01\"",
                        "\"asAt\":\"2025-03-01\",\"outcomeCode\":99999999999999"), "outcomeCode"),
                new Case("free text where a date goes", VALID.replace("\"2025-02-01\"", "\"" + s + "\""),
                        "occasions[0].date: not a valid date"),
                new Case("impossible date", VALID.replace("\"2025-02-01\"", "\"2025-02-30\""),
                        "occasions[0].date: not a valid date"),
                new Case("date out of range", VALID.replace("\"2025-02-01\"", "\"+999999999-12-31\""),
                        "occasions[0].date"),
                new Case("date before the Act", VALID.replace("\"2025-02-01\"", "\"0001-01-01\""),
                        "occasions[0].date: 0001-01-01 is before 1997-06-16"),
                new Case("recording date out of range", VALID.replace("\"2025-03-01\"", "\"-999999999-01-01\""),
                        "occasions[0].date"),
                new Case("free text where an enum goes", VALID.replace("\"VICTIM\"", "\"" + s + "\""),
                        "persons[0].role: not a valid PersonRole"),
                new Case("free text where an answer goes", VALID.replace("\"yes\"", "\"" + s + "\""),
                        "occasions[0].reactions[0].fearedViolence"),
                new Case("object where an answer goes", VALID.replace("\"yes\"", "{\"v\":\"" + s + "\"}"),
                        "occasions[0].reactions[0].fearedViolence"),
                new Case("object where a string goes", VALID.replace("\"label\":\"a\"",
                        "\"label\":{\"name\":\"" + s + "\"}"), "persons[0].label"),
                new Case("string where a list goes", VALID.replace("[\"S1\"]", "\"" + s + "\""),
                        "occasions[0].actorIds"),
                new Case("null in a list", VALID.replace("[\"S1\"]", "[null]"), "occasions[0].actorIds[0]"),
                new Case("null person", VALID.replace("{\"id\":\"S1\",\"role\":\"SUSPECT\"}", "null"),
                        "persons[1]: null"),
                new Case("string too long", VALID.replace("\"label\":\"a\"",
                        "\"label\":\"" + "x".repeat(HocrJson.MAX_STRING_LENGTH + 1) + "\""),
                        "persons[0].label: a string is longer than " + HocrJson.MAX_STRING_LENGTH + " characters"),
                new Case("control character", VALID.replace("\"label\":\"a\"", "\"label\":\"a\u0001b\""),
                        "persons[0].label: malformed JSON at line 2, column"),
                new Case("lone surrogate escape", VALID.replace("\"label\":\"a\"", "\"label\":\"\\ud800\""), ""),
                new Case("free text in an id is fine but an unknown person is named by id",
                        VALID.replace("[\"V1\"]", "[\"V9\"]"), "occasions[0].aimedAtIds[0]: unknown person 'V9'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyHostileInputGetsOneClearProblemWithItsPlaceAndNoFreeText(Case c) {
        Throwable thrown = catchThrowable(() -> HocrJson.readReport(c.json()));
        if (c.name().equals("lone surrogate escape")) {
            // A lone surrogate is valid JSON text; a label is free text and may hold it.
            assertThat(thrown).isNull();
            return;
        }
        assertThat(thrown).as(c.name()).isInstanceOf(InvalidReportException.class);
        InvalidReportException e = (InvalidReportException) thrown;
        assertThat(e.problems()).as(c.name()).isNotEmpty();
        assertThat(e.getMessage()).as(c.name()).contains(c.expected()).doesNotContain(SECRET)
                .doesNotContain("Philomena").doesNotContain("com.fasterxml").doesNotContain("Exception");
        assertThat(e.getStackTrace()).as("no stack trace").isEmpty();
        assertThat(e.getMessage().length()).as("a short message").isLessThan(2_000);
    }

    @Test
    void aDocumentLongerThanTheLimitIsRefusedWithoutReadingIt() {
        String padding = " ".repeat(HocrJson.MAX_DOCUMENT_LENGTH);
        InvalidReportException e = (InvalidReportException) catchThrowable(() -> HocrJson.readReport(VALID + padding));
        assertThat(e.problems()).singleElement().hasToString("$: too large: a report is at most "
                + HocrJson.MAX_DOCUMENT_LENGTH + " characters");
    }

    @Test
    void aStreamLongerThanTheLimitIsRefusedAsItIsRead() {
        InputStream endless = new InputStream() {
            private final byte[] start = "{\"id\":\"R1\"".getBytes(StandardCharsets.UTF_8);
            private long read;

            @Override
            public int read() {
                return read < start.length ? start[(int) read++] : (read++ > Integer.MAX_VALUE * 4L ? -1 : ' ');
            }
        };
        InvalidReportException e = (InvalidReportException) catchThrowable(() -> HocrJson.readReport(endless));
        assertThat(e.problems()).singleElement().hasToString("$: too large: a report is at most "
                + HocrJson.MAX_DOCUMENT_LENGTH + " characters");
    }

    @Test
    void aDocumentJustWithinTheLimitIsRead() {
        String padding = " ".repeat(HocrJson.MAX_DOCUMENT_LENGTH - VALID.length());
        assertThat(HocrJson.readReport(VALID + padding).id()).isEqualTo("R1");
    }

    @Test
    void aByteStreamIsReadLikeAString() {
        Report report = HocrJson.readReport(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)));
        assertThat(report).isEqualTo(HocrJson.readReport(VALID));
    }

    @Test
    void invalidBytesInAStreamAreAClearError() {
        byte[] bytes = VALID.replace("\"a\"", "\"\u00ff\"").getBytes(StandardCharsets.ISO_8859_1);
        InvalidReportException e = (InvalidReportException) catchThrowable(
                () -> HocrJson.readReport(new ByteArrayInputStream(bytes)));
        assertThat(e.getMessage()).contains("persons[0].label: malformed JSON").contains("Invalid UTF-8")
                .doesNotContain("Exception");
    }

    @Test
    void tooManyOccasionsAndPersonsAreNamedWithTheLimit() {
        StringBuilder occasions = new StringBuilder();
        for (int i = 0; i <= ReportValidator.MAX_OCCASIONS; i++) {
            occasions.append(i == 0 ? "" : ",").append("{}");
        }
        StringBuilder persons = new StringBuilder();
        for (int i = 0; i <= ReportValidator.MAX_PERSONS; i++) {
            persons.append(i == 0 ? "" : ",").append("{}");
        }
        String json = "{\"id\":\"R1\",\"asAt\":\"2025-03-01\",\"persons\":[" + persons + "],\"occasions\":[" + occasions
                + "]}";
        InvalidReportException e = (InvalidReportException) catchThrowable(() -> HocrJson.readReport(json));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "persons: too many: " + (ReportValidator.MAX_PERSONS + 1) + " (at most " + ReportValidator.MAX_PERSONS + ")",
                "occasions: too many: " + (ReportValidator.MAX_OCCASIONS + 1) + " (at most "
                        + ReportValidator.MAX_OCCASIONS + ")");
    }
}
