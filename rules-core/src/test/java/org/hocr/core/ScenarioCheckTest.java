package org.hocr.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hocr.api.Decision;
import org.hocr.api.DecisionStatus;
import org.hocr.api.FlagKind;
import org.junit.jupiter.api.Test;

/** The scenario checks can fail: each kind of wrong expectation is caught. */
class ScenarioCheckTest {
    private static final HocrEngine ENGINE = new HocrEngine();

    @Test
    void wrongExpectationsAreReported() throws Exception {
        Scenario scenario = Scenario.read(Path.of("../scenarios/former-partner-fear-twice-s4a.yaml"));
        Decision decision = ENGINE.decide(scenario.report());
        assertThat(ScenarioCheck.differences(scenario.expect(), decision)).isEmpty();

        Scenario.Expect wrong = new Scenario.Expect(DecisionStatus.NEEDS_INFORMATION,
                List.of(new Scenario.ExpectedCrime("8L", "s2", "V1", "S1", List.of("O1", "O2"), null)),
                List.of(new Scenario.ExpectedIncident("V1", "S1", List.of("O1"))), List.of("S2"),
                List.of(FlagKind.HATE_CRIME), List.of("D9"), List.of("H2"), List.of("C2"), List.of("S2"),
                List.of("breachCounting"));
        assertThat(ScenarioCheck.differences(wrong, decision)).hasSize(10);
    }
}
