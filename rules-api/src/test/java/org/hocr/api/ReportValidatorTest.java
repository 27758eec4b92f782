package org.hocr.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportValidatorTest {
    private static final LocalDate AS_AT = LocalDate.of(2025, 3, 1);

    private static Report.Builder valid() {
        return Report.builder("R1", AS_AT)
                .person(Person.victim("V1"))
                .person(Person.suspect("S1"))
                .occasion(Occasion.builder("O1", AS_AT.minusDays(3)).by("S1").aimedAt("V1")
                        .behaviours(Behaviour.PHONE_CALL).build());
    }

    @Test
    void aValidReportHasNoProblems() {
        assertThat(ReportValidator.problems(valid().build())).isEmpty();
    }

    @Test
    void anEmptyReportNamesEveryMissingPart() {
        List<Problem> problems = ReportValidator.problems(new Report(null, null, null, null, null, null, null, null, null, null, null, null, null));
        assertThat(problems).extracting(Problem::path).containsExactly("id", "asAt", "persons", "occasions");
    }

    @Test
    void everyProblemIsListedWithItsPath() {
        Report report = valid()
                .person(Person.victim("V1"))
                .person(new Person(null, PersonRole.VICTIM, null, null, null, null))
                .occasion(Occasion.builder("O1", AS_AT.plusDays(2)).by("V1").aimedAt("X9")
                        .behaviours(Behaviour.TEXT_MESSAGE).reaction(Reaction.distressed("S1")).build())
                .occasion(Occasion.builder("O3", null).build())
                .relationship(Relationship.of("S1", "NOBODY", RelationshipKind.STRANGER))
                .build();
        List<Problem> problems = ReportValidator.problems(report);
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "persons[2].id: duplicate person id 'V1'",
                "persons[3].id: missing",
                "relationships[0].victimId: unknown person 'NOBODY'",
                "occasions[1].id: duplicate occasion id 'O1'",
                "occasions[1].date: 2025-03-03 is after the recording date 2025-03-01",
                "occasions[1].actorIds[0]: 'V1' is not a suspect",
                "occasions[1].aimedAtIds[0]: unknown person 'X9'",
                "occasions[1].reactions[0].personId: 'S1' is neither aimed at nor affected by this occasion",
                "occasions[2].date: missing",
                "occasions[2].actorIds: empty: who acted?",
                "occasions[2].aimedAtIds: empty: at whom was the conduct aimed?",
                "occasions[2].behaviours: empty: what did the suspect do?");
    }

    @Test
    void requireValidThrowsWithoutAStackTrace() {
        Report report = valid().person(Person.suspect("S1")).build();
        assertThatThrownBy(() -> ReportValidator.requireValid(report))
                .isInstanceOf(InvalidReportException.class)
                .hasMessageContaining("persons[2].id: duplicate person id 'S1'")
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    }

    @Test
    void datesBeforeTheActAreOutOfRange() {
        Report report = Report.builder("R1", AS_AT).person(Person.victim("V1")).person(Person.suspect("S1"))
                .occasion(Occasion.builder("O1", LocalDate.of(1900, 1, 1)).by("S1").aimedAt("V1")
                        .behaviours(Behaviour.FOLLOWING).build()).build();
        assertThat(ReportValidator.problems(report)).extracting(Problem::path).containsExactly("occasions[0].date");
    }

    @Test
    void unknownIsNotNo() {
        assertThat(new Reaction("V1", null, null, null).fearedViolence()).isEqualTo(Answer.UNKNOWN);
        assertThat(Answer.fromJson(true)).isEqualTo(Answer.YES);
        assertThat(Answer.fromJson("no")).isEqualTo(Answer.NO);
        assertThat(Answer.fromJson(null)).isEqualTo(Answer.UNKNOWN);
    }
}
