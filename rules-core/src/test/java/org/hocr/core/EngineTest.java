package org.hocr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hocr.api.Answer;
import org.hocr.api.Behaviour;
import org.hocr.api.Decision;
import org.hocr.api.DecisionStatus;
import org.hocr.api.InvalidReportException;
import org.hocr.api.Occasion;
import org.hocr.api.Person;
import org.hocr.api.Reaction;
import org.hocr.api.RecordingDecider;
import org.hocr.api.Report;
import org.junit.jupiter.api.Test;

class EngineTest {
    private static final LocalDate AS_AT = LocalDate.of(2025, 6, 1);
    private final HocrEngine engine = new HocrEngine();

    static Report stalking(String id, int occasions) {
        Report.Builder report = Report.builder(id, AS_AT).person(Person.victim("V1")).person(Person.suspect("S1"));
        for (int i = 1; i <= occasions; i++) {
            report.occasion(Occasion.builder("O" + i, AS_AT.minusDays(40 - i)).by("S1").aimedAt("V1")
                    .behaviours(i % 2 == 0 ? Behaviour.FOLLOWING : Behaviour.TEXT_MESSAGE)
                    .reaction(new Reaction("V1", i <= 2 ? Answer.YES : Answer.NO, Answer.YES, Answer.NO)).build());
        }
        return report.build();
    }

    @Test
    void theServiceLoaderFindsTheEngine() {
        assertThat(RecordingDecider.load()).isInstanceOf(HocrEngine.class);
    }

    @Test
    void anInvalidReportGetsNoDecisionAtAll() {
        Report invalid = Report.builder("R1", AS_AT).person(Person.victim("V1")).build();
        assertThatThrownBy(() -> engine.decide(invalid)).isInstanceOf(InvalidReportException.class)
                .hasMessageContaining("no suspect").hasMessageContaining("occasions: empty");
    }

    @Test
    void theDecisionIsStampedForReproduction() {
        Decision decision = engine.decide(stalking("R1", 3));
        assertThat(decision.stamp().asAt()).isEqualTo(AS_AT);
        assertThat(decision.stamp().countingRules()).isEqualTo("HOCR 2025/26");
        assertThat(decision.stamp().ruleSetHash()).isEqualTo(engine.ruleBase().ruleSetHash());
        assertThat(decision.status()).isEqualTo(DecisionStatus.DETERMINED);
        assertThat(decision.crimes()).singleElement().satisfies(c -> {
            assertThat(c.hocrCode()).isEqualTo("8Q");
            assertThat(c.legislation()).endsWith("s4A");
            assertThat(c.occasionIds()).containsExactly("O1", "O2", "O3");
        });
    }

    @Test
    void everyStepNamesItsRuleCitationAndEvidence() {
        Decision decision = engine.decide(stalking("R1", 3));
        assertThat(decision.explanation()).isNotEmpty().allSatisfy(step -> {
            assertThat(step.ruleId()).isNotBlank();
            assertThat(step.citation()).isNotBlank();
            assertThat(step.personIds()).isNotEmpty();
        });
        assertThat(decision.explanation()).anySatisfy(step ->
                assertThat(step.occasionIds()).containsExactly("O1", "O2", "O3"));
    }

    @Test
    void theSameReportGivesTheSameDecision() {
        assertThat(engine.decide(stalking("R1", 5))).isEqualTo(engine.decide(stalking("R1", 5)));
    }

    @Test
    void tiesInTheOutputsComeOutInOneOrderEveryTime() throws Exception {
        // Finding F1: two thefts from one victim tie on victim, suspect and code; they used to swap places.
        Report report = Scenario.read(Path.of("../scenarios/finding-f1-decision-order-of-ties.yaml")).report();
        Decision first = engine.decide(report);
        assertThat(first.crimes()).hasSize(2);
        for (int i = 0; i < 200; i++) {
            assertThat(engine.decide(report)).isEqualTo(first);
        }
    }

    @Test
    void theExplanationGoesStageByStageWhateverOrderEqualStagesFiredIn() {
        Decision decision = engine.decide(stalking("R1", 3));
        List<Integer> stages = decision.explanation().stream()
                .map(step -> engine.ruleBase().rules().get(step.rule()).salience()).toList();
        assertThat(stages).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void decisionsOnManyThreadsEqualTheSingleThreadedOnes() throws Exception {
        List<Report> reports = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            reports.add(stalking("R" + i, i));
        }
        List<Decision> expected = reports.stream().map(engine::decide).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Decision>> futures = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (Report report : reports) {
                    futures.add(pool.submit(() -> engine.decide(report)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % reports.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
