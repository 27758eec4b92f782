package org.hocr.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.hocr.api.json.HocrJson;
import org.junit.jupiter.api.Test;

class HocrJsonTest {
    private static final String VALID = """
            {"id":"R1","asAt":"2025-03-01",
             "persons":[{"id":"V1","role":"VICTIM"},{"id":"S1","role":"suspect"}],
             "occasions":[{"id":"O1","date":"2025-02-01","actorIds":["S1"],"aimedAtIds":["V1"],
                           "behaviours":["PHONE_CALL"],"online":true,
                           "reactions":[{"personId":"V1","fearedViolence":"yes"}]}]}
            """;

    @Test
    void readsAValidReportWithCaseInsensitiveEnumsAndBooleanAnswers() {
        Report report = HocrJson.readReport(VALID);
        assertThat(report.persons()).extracting(Person::role).containsExactly(PersonRole.VICTIM, PersonRole.SUSPECT);
        assertThat(report.occasions().get(0).online()).isEqualTo(Answer.YES);
        assertThat(report.occasions().get(0).reactionOf("V1").fearedViolence()).isEqualTo(Answer.YES);
        assertThat(report.occasions().get(0).reactionOf("V1").alarmOrDistress()).isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void roundTrips() {
        Report report = HocrJson.readReport(VALID);
        assertThat(HocrJson.readReport(HocrJson.write(report))).isEqualTo(report);
    }

    @Test
    void malformedJsonGivesItsPlace() {
        assertThat(problem("{\"id\": \"R1\", ")).startsWith("$: malformed JSON at line 1");
    }

    @Test
    void unknownFieldsAreShownWithTheFieldsTheirObjectTakesNeverByTheirName() {
        assertThat(problem(VALID.replace("\"asAt\"", "\"asat\""))).startsWith("$: unknown field: the fields here are ")
                .contains("asAt, assessments").doesNotContain("asat");
    }

    @Test
    void wrongTypesNameTheFieldAndNotTheValue() {
        String secret = "Jane Smith said";
        String p = problem(VALID.replace("\"2025-02-01\"", "\"" + secret + "\""));
        assertThat(p).startsWith("occasions[0].date: not a valid date").doesNotContain(secret);
        assertThat(problem(VALID.replace("\"VICTIM\"", "\"VICTIMS\""))).startsWith("persons[0].role: not a valid PersonRole");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThat(problem(VALID.replace("\"id\":\"R1\",", "\"id\":\"R1\",\"id\":\"R2\","))).contains("malformed JSON");
    }

    @Test
    void deepNestingIsAClearErrorNotAStackOverflow() {
        String deep = "[".repeat(50_000) + "]".repeat(50_000);
        assertThat(problem(deep)).startsWith("$: ");
        String deepInside = VALID.replace("\"online\":true", "\"online\":" + "[".repeat(50_000) + "]".repeat(50_000));
        assertThat(problem(deepInside)).startsWith("occasions[0].online");
    }

    @Test
    void validationProblemsAreAllListed() {
        InvalidReportException e = catchThrowableOfType(InvalidReportException.class,
                () -> HocrJson.readReport("{\"persons\":[],\"occasions\":[]}"));
        assertThat(e.problems()).extracting(Problem::path).containsExactly("id", "asAt", "persons", "occasions");
    }

    private static String problem(String json) {
        InvalidReportException e = catchThrowableOfType(InvalidReportException.class, () -> HocrJson.readReport(json));
        assertThat(e).as("expected an invalid report").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0).toString();
    }
}
