package org.hocr.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hocr.api.DecisionStatus;
import org.hocr.api.Report;
import org.hocr.core.HocrEngine;
import org.junit.jupiter.api.Test;

/** The plain-Java reference must decide the benchmark's typical cases exactly as the engine does. */
class ReferenceAgreementTest {
    private static final HocrEngine ENGINE = new HocrEngine();

    @Test
    void theReferenceAgreesWithTheEngineOnTheTypicalCases() {
        List<Report> reports = Cases.typical(1000, 42);
        assertThat(Agreement.require(ENGINE, reports)).isEqualTo(1000);
    }

    @Test
    void theTypicalCasesCoverEveryOutcomeTheReferenceKnows() {
        List<ReferenceDecider.Outcome> outcomes = Cases.typical(1000, 42).stream().map(ReferenceDecider::decide).toList();
        assertThat(outcomes).anyMatch(o -> o.status() == DecisionStatus.NEEDS_INFORMATION)
                .anyMatch(o -> o.status() == DecisionStatus.DETERMINED)
                .anyMatch(o -> !o.incidents().isEmpty());
        assertThat(outcomes.stream().flatMap(o -> o.crimes().stream()).map(ReferenceDecider.CrimeKey::legislation)
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).distinct())
                .containsExactlyInAnyOrder("s2", "s2A", "s4", "s4A");
    }

    @Test
    void aDisagreementFailsLoudly() {
        // A report whose facts the reference never sees differently: compare against a wrong engine instead.
        Report report = Cases.campaign(3);
        org.hocr.api.RecordingDecider wrong = r -> ENGINE.decide(Cases.campaign(1));
        assertThatThrownBy(() -> Agreement.require(wrong, List.of(report))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("disagrees");
    }

    @Test
    void theCampaignIsOneCrimeOfS4aCoveringEveryOccasion() {
        var decision = ENGINE.decide(Cases.campaign(250));
        assertThat(decision.crimes()).singleElement().satisfies(c -> {
            assertThat(c.legislation()).endsWith("s4A");
            assertThat(c.occasionIds()).hasSize(250);
        });
    }
}
