package org.hocr.examples.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hocr.api.Problem;
import org.hocr.core.HocrEngine;
import org.junit.jupiter.api.Test;

/**
 * A bad record is reported with its line number and reason, counted, and the batch goes on: every record read
 * ends agreed, disagreed, needing information or rejected, and none is lost.
 */
class CorruptInputTest {
    private static final HocrEngine ENGINE = new HocrEngine();

    /** A valid record: one message sent to cause distress, recorded as 8R. */
    private static String record(String id) {
        return """
                {"report":{"id":"%s","asAt":"2024-06-01","persons":[{"id":"V1","role":"VICTIM"},{"id":"S1","role":"SUSPECT"}],\
                "relationships":[{"suspectId":"S1","victimId":"V1","kind":"ACQUAINTANCE"}],\
                "occasions":[{"id":"O1","date":"2024-05-01","actorIds":["S1"],"aimedAtIds":["V1"],"behaviours":["EMAIL"],"online":"YES",\
                "communication":{"content":["INDECENT_OR_GROSSLY_OFFENSIVE"],"purpose":"CAUSE_DISTRESS_OR_ANXIETY","network":"PUBLIC_ELECTRONIC_NETWORK"},\
                "reactions":[{"personId":"V1","fearedViolence":"NO","alarmOrDistress":"YES","seriousAlarmOrDistress":"NO"}]}],\
                "effects":[{"victimId":"V1","substantialAdverseEffect":"NO"}]},\
                "recorded":{"crimes":[{"hocrCode":"8R","section":"MCA s1","victimId":"V1","suspectId":"S1"}],"crimeCount":1}}"""
                .formatted(id);
    }

    @Test
    void everyBadJsonLineIsReportedWithItsLineAndNoneIsLost() throws IOException {
        String good = record("R1");
        String lines = String.join("\n",
                good,                                                           // 1 agreed
                good.substring(0, 60).replace("R1", "R2"),                      // 2 malformed JSON
                "",                                                             // 3 blank: not a record
                record("R4").replace("\"2024-05-01\"", "\"2024-07-01\""),       // 4 occasion after the recording date
                record("R5").replace("\"victimId\":\"V1\",\"suspectId\"", "\"victimId\":\"V7\",\"suspectId\""), // 5 recorded victim unknown
                "[1, 2, 3]",                                                    // 6 not an object
                record("R1"),                                                   // 7 the same case again
                record("R8").replace("\"EMAIL\"", "\"EMIAL\""),                 // 8 not a behaviour
                "x".repeat(5_000),                                              // 9 too long
                record("R10").replace("MCA s1", "s2A"),                         // 10 disagrees
                "");
        List<CaseResult> results = audit(new JsonLinesSource(BatchInput.of("t.jsonl", lines), 4_000));

        assertThat(results).extracting(CaseResult::line).containsExactly(1L, 2L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(rejected(results)).containsExactly(
                "2: $: malformed JSON at column 61: Unexpected end-of-input: was expecting closing quote for a string value",
                "4: report.occasions[0].date: 2024-07-01 is after the recording date 2024-06-01",
                "5: recorded.crimes[0].victimId: unknown person 'V7'",
                "6: $: not an audit record: expected an object with report and recorded",
                "7: caseId: 'R1' was already read earlier in the batch: each case once (in CSV, a case's rows together)",
                "8: report.occasions[0].behaviours[0]: not a valid Behaviour (one of FOLLOWING, WATCHING_OR_SPYING, LOITERING, "
                        + "TURNING_UP, ATTEMPTING_TO_LOCATE, TRACKING_LOCATION, MONITORING_COMMUNICATIONS, CONTACT_IN_PERSON, "
                        + "PHONE_CALL, SILENT_CALL, TEXT_MESSAGE, EMAIL, SOCIAL_MEDIA_MESSAGE, LETTER, GIFT, CONTACTING_THIRD_PARTY, "
                        + "IMPERSONATION, PUBLISHING_MATERIAL, INTERFERING_WITH_PROPERTY, DAMAGE, VERBAL_ABUSE, THREAT_OF_VIOLENCE, "
                        + "VIOLENCE, CONTROLLING_OR_COERCIVE, OTHER)",
                "9: $: line longer than 4000 characters: not read");
        assertAccountedFor(results, 9);
        assertThat(results).extracting(CaseResult::caseId)
                .containsExactly("R1", null, "R4", "R5", null, "R1", "R8", null, "R10");
        assertThat(outcomes(results)).containsExactly("AGREED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED",
                "REJECTED", "REJECTED", "DISAGREED");
    }

    @Test
    void everyBadCsvRowIsReportedWithItsLineAndRejectsItsWholeCase() throws Exception {
        String header = "caseId,asAt,occasionId,date,suspectId,victimId,relationship,behaviours,online,fearedViolence,"
                + "alarmOrDistress,seriousAlarmOrDistress,substantialAdverseEffect,focus,recordedCrimes,recordedCrimeCount,outcomeCode";
        String csv = String.join("\n", header,
                "C1,2025-03-01,O1,2025-02-01,S1,V1,STRANGER,FOLLOWING,NO,NO,YES,NO,NO,PERSON,8Q:s2A:V1:S1,1,",   // 2
                "C1,,O2,2025-02-08,S1,V1,STRANGER,LOITERING;WATCHING_OR_SPYING,NO,NO,YES,NO,NO,PERSON,,,",      // 3
                "C2,2025-03-01,O1,2025-02-01,S1,V1,STRANGER,FOLLOWING,NO,NO,YES,NO,NO,PERSON,8Q:s2A:V1:S1,1",     // 4 a field short
                "C2,,O2,2025-02-08,S1,V1,STRANGER,FOLLOWING,NO,NO,YES,NO,NO,PERSON,,,",                         // 5
                "C3,2025-03-01,O1,2025-02-31,S1,V1,STRANGER,FOLOWING,NO,NO,YES,NO,NO,PERSON,8Q:s2A:V1:S1,1,",    // 6 bad date, behaviour
                ",2025-03-01,O1,2025-02-01,S1,V1,STRANGER,FOLLOWING,NO,NO,YES,NO,NO,PERSON,,0,",               // 7 no case id
                "C4,2025-03-01,\"O1,2025-02-01,S1,V1,STRANGER,FOLLOWING,NO,NO,YES,NO,NO,PERSON,,0,",            // 8 broken quoting
                "C5,2025-03-01,O1,2025-02-01,S1,V1,STRANGER,FOLLOWING,NO,NO,YES,NO,NO,PERSON,,0,",              // 9 disagrees
                "C5,2025-03-01,O2,2025-02-08,S1,V1,NEIGHBOUR,FOLLOWING,NO,NO,YES,NO,NO,PERSON,,,",              // 10 conflicts
                "C1,2025-03-01,O3,2025-02-15,S1,V1,STRANGER,FOLLOWING,NO,NO,YES,NO,NO,PERSON,8Q:s2A:V1:S1,1,",   // 11 C1 again
                "C6,2025-03-01,O1,2025-02-01,S1,V1,STRANGER,FOLLOWING,NO,NO,YES,NO,NO,PERSON,8Q:s2A:V1:S1,1,",   // 12
                "C6,,O2,2025-02-08,S1,V1,STRANGER,LOITERING,NO,NO,YES,NO,NO,PERSON,,,");                       // 13
        List<CaseResult> results = audit(new CsvSource(BatchInput.of("t.csv", csv)));

        assertThat(results).extracting(CaseResult::line).containsExactly(2L, 4L, 6L, 7L, 8L, 9L, 11L, 12L);
        assertThat(rejected(results)).containsExactly(
                "4: line 4: 16 fields, the header has 17",
                "6: line 6 date: not a valid date (YYYY-MM-DD); line 6 behaviours: not a Behaviour (one of FOLLOWING, "
                        + "WATCHING_OR_SPYING, LOITERING, TURNING_UP, ATTEMPTING_TO_LOCATE, TRACKING_LOCATION, MONITORING_COMMUNICATIONS, "
                        + "CONTACT_IN_PERSON, PHONE_CALL, SILENT_CALL, TEXT_MESSAGE, EMAIL, SOCIAL_MEDIA_MESSAGE, LETTER, GIFT, "
                        + "CONTACTING_THIRD_PARTY, IMPERSONATION, PUBLISHING_MATERIAL, INTERFERING_WITH_PROPERTY, DAMAGE, VERBAL_ABUSE, "
                        + "THREAT_OF_VIOLENCE, VIOLENCE, CONTROLLING_OR_COERCIVE, OTHER)",
                "7: line 7: caseId: missing: every row names its case",
                "8: line 8: cannot be split into fields: a quoted field is malformed or not closed on its line",
                "9: line 10 relationship: conflicts with line 9",
                "11: caseId: 'C1' was already read earlier in the batch: each case once (in CSV, a case's rows together)");
        assertThat(outcomes(results)).containsExactly("AGREED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED",
                "REJECTED", "AGREED");
        assertAccountedFor(results, 8);
    }

    @Test
    void aValidationProblemInACsvCaseNamesTheRowItComesFrom() throws Exception {
        String csv = """
                caseId,asAt,occasionId,date,suspectId,victimId,behaviours,recordedCrimes,recordedCrimeCount
                C1,2025-03-01,O1,2025-02-01,S1,V1,FOLLOWING,8Q:s2A:V1:S1,1
                C1,2025-03-01,O2,2025-04-01,S1,V1,FOLLOWING,,
                C2,2025-03-01,O1,2025-02-01,S1,V1,FOLLOWING,8Q:s9:V1,2
                """;
        List<CaseResult> results = audit(new CsvSource(BatchInput.of("t.csv", csv)));
        assertThat(rejected(results)).containsExactly(
                "2: line 3 occasions[1].date: 2025-04-01 is after the recording date 2025-03-01",
                "4: line 4 recorded.crimes[0].section: not a known section: one of " + String.join(", ", Offences.SECTIONS.keySet())
                        + "; line 4 recorded.crimeCount: 2 but 1 crime is listed");
    }

    @Test
    void aSpreadsheetsByteOrderMarkAndWindowsLineEndsAreAccepted() throws Exception {
        String csv = "\uFEFFcaseId,asAt,occasionId,date,suspectId,victimId,behaviours,recordedCrimeCount\r\n"
                + "C1,2025-03-01,O1,2025-02-01,S1,V1,TURNING_UP,0\r\n";
        List<CaseResult> results = audit(new CsvSource(BatchInput.of("excel.csv", csv)));
        assertThat(results).singleElement().satisfies(r -> assertThat(r.outcome()).isNotEqualTo(CaseOutcome.REJECTED));
        List<CaseResult> json = audit(new JsonLinesSource(BatchInput.of("bom.jsonl", "\uFEFF" + record("R1") + "\r\n")));
        assertThat(json).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo(CaseOutcome.AGREED));
    }

    @Test
    void aCsvHeaderThatDoesNotNameTheColumnsStopsTheWholeInput() {
        assertThatThrownBy(() -> new CsvSource(BatchInput.of("t.csv", "caseId,asAt,when,suspectId,victimId,behaviours\n")))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("line 1: CSV header: column 3 'when' is not a known column")
                .hasMessageContaining("required column occasionId is missing")
                .hasMessageContaining("required column date is missing")
                .hasMessageContaining("required column recordedCrimeCount is missing");
        assertThatThrownBy(() -> new CsvSource(BatchInput.of("t.csv", "")))
                .isInstanceOf(UnreadableInputException.class).hasMessage("CSV input has no header row");
    }

    @Test
    void rejectionsNeverQuoteTheInputsFreeText() throws IOException {
        String secret = "Jane Doe of 1 High Street";
        String line = record("R1").replace("\"EMAIL\"]", "\"EMAIL\"],\"description\":\"" + secret + "\"")
                .replace("\"8R\"", "\"" + secret + "\"");
        String asBehaviour = record("R2").replace("\"EMAIL\"", "\"" + secret + "\"");
        String asDate = record("R3").replace("\"2024-05-01\"", "\"" + secret + "\"");
        List<CaseResult> results = audit(new JsonLinesSource(BatchInput.of("t.jsonl",
                String.join("\n", line, asBehaviour, asDate))));
        assertThat(rejected(results)).hasSize(3).noneMatch(text -> text.contains("Jane") || text.contains("High Street"));
    }

    private static List<CaseResult> audit(RecordSource source) throws IOException {
        List<CaseResult> results = new ArrayList<>();
        try (source) {
            long read = new Audit(ENGINE, 2).run(source, results::add);
            assertThat(read).isEqualTo(results.size());
        }
        return results;
    }

    private static List<String> rejected(List<CaseResult> results) {
        return results.stream().filter(r -> r.outcome() == CaseOutcome.REJECTED)
                .map(r -> r.line() + ": " + r.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")))
                .toList();
    }

    private static List<String> outcomes(List<CaseResult> results) {
        return results.stream().map(r -> r.outcome().name()).toList();
    }

    private static void assertAccountedFor(List<CaseResult> results, int read) {
        Tally tally = new Tally(3);
        results.forEach(tally::accept);
        assertThat(tally.accounted()).isEqualTo(read);
        assertThat(tally.agreed() + tally.disagreed() + tally.needsInformation() + tally.rejected()).isEqualTo(read);
    }
}
