package org.hocr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hocr.api.Answer;
import org.hocr.api.Behaviour;
import org.hocr.api.Decision;
import org.hocr.api.DecisionStatus;
import org.hocr.api.EffectOnVictim;
import org.hocr.api.Occasion;
import org.hocr.api.Person;
import org.hocr.api.Reaction;
import org.hocr.api.RecordingDecider;
import org.hocr.api.Relationship;
import org.hocr.api.RelationshipKind;
import org.hocr.api.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassifyCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = HocrCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void classifiesTheBundledExampleWithItsExplanation() {
        assertThat(run("classify", "reports/annex-c-stalking.json")).isZero();
        assertThat(out.toString())
                .contains("Crimes to record: 1")
                .contains("8Q  Stalking (Protection from Harassment Act 1997 s2A)")
                .contains("[C4] Conduct aimed at a third party")
                .contains("cites Protection from Harassment Act 1997 s2A")
                .contains("occasions O1, O2, O3, O4")
                .contains("[S5]");
    }

    @Test
    void printsJsonOnRequest() {
        assertThat(run("classify", "--json", "reports/annex-c-stalking.json")).isZero();
        assertThat(out.toString()).contains("\"hocrCode\" : \"8Q\"").contains("\"ruleSetHash\"");
    }

    @Test
    void badInputListsEveryProblemAndExitsTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"id":"R1","asAt":"2025-01-01","persons":[{"id":"V1","role":"VICTIM"},{"id":"V1","role":"SUSPECT"}],
                 "occasions":[{"id":"O1","date":"2026-01-01","actorIds":["S9"],"aimedAtIds":["V1"],"behaviours":["FOLLOWING"]}]}
                """);
        assertThat(run("classify", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("persons[1].id: duplicate person id 'V1'")
                .contains("occasions[0].date: 2026-01-01 is after the recording date")
                .contains("occasions[0].actorIds[0]: unknown person 'S9'")
                .doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void rulebookOptionsAreAppliedAndAnUnknownOneIsBadInput() {
        assertThat(run("classify", "--option", "wideGapDays=5", "reports/annex-c-stalking.json")).isZero();
        assertThat(out.toString()).contains("NEEDS_INFORMATION").contains("within 5 days").contains("Options applied: wideGapDays=5");
        assertThat(run("classify", "--option", "wideGapDay=5", "reports/annex-c-stalking.json")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown rulebook option 'wideGapDay'");
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThat(run("classify", "no-such-file.json")).isEqualTo(2);
        assertThat(err.toString()).contains("No such file");
    }

    /** The example in the README, verbatim in substance. */
    @Test
    void theReadmeExampleWorks() {
        RecordingDecider decider = RecordingDecider.load();
        Report report = Report.builder("INC-2025-0042", LocalDate.of(2025, 6, 1))
                .person(Person.victim("V1"))
                .person(Person.suspect("S1"))
                .relationship(Relationship.of("S1", "V1", RelationshipKind.FORMER_INTIMATE_PARTNER))
                .occasion(Occasion.builder("O1", LocalDate.of(2025, 5, 2)).by("S1").aimedAt("V1")
                        .behaviours(Behaviour.FOLLOWING)
                        .reaction(new Reaction("V1", Answer.YES, Answer.YES, Answer.NO)).build())
                .occasion(Occasion.builder("O2", LocalDate.of(2025, 5, 9)).by("S1").aimedAt("V1")
                        .behaviours(Behaviour.TEXT_MESSAGE, Behaviour.THREAT_OF_VIOLENCE).online(Answer.YES)
                        .reaction(new Reaction("V1", Answer.YES, Answer.YES, Answer.NO)).build())
                .effect(new EffectOnVictim("V1", Answer.NO, List.of(), null))
                .build();
        Decision decision = decider.decide(report);
        assertThat(decision.status()).isEqualTo(DecisionStatus.DETERMINED);
        assertThat(decision.crimes()).singleElement().satisfies(c -> {
            assertThat(c.hocrCode()).isEqualTo("8Q");
            assertThat(c.legislation()).endsWith("s4A");
            assertThat(c.occasionIds()).containsExactly("O1", "O2");
        });
    }
}
