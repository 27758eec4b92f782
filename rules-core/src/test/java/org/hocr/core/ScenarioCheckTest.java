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
                List.of(new Scenario.ExpectedCrime("8L", "s2", "V1", "S1", List.of("O1", "O2"), null, null)),
                List.of(new Scenario.ExpectedIncident("V1", "S1", List.of("O1"))), List.of("S2"),
                List.of(FlagKind.HATE_CRIME), List.of("D9"), List.of("H2"), List.of("C2"), List.of("S2"),
                List.of("breachCounting"), null, null);
        assertThat(ScenarioCheck.differences(wrong, decision)).hasSize(10);
    }

    @Test
    void wrongPersonsOfRejectionsPromptsAndJointCrimesAreReported() throws Exception {
        Scenario scenario = Scenario.read(Path.of("../scenarios/finding-f4-dvpo-rejection-victim-depends-on-ids.yaml"));
        Decision decision = ENGINE.decide(scenario.report());
        assertThat(ScenarioCheck.differences(scenario.expect(), decision)).isEmpty();
        // The B5 rejection given to V2, not to the protected person V1 (what the engine did before finding F4's fix).
        Scenario.Expect wrongVictim = new Scenario.Expect(null, null, null, null, null, null, null, null, null, null,
                List.of(new Scenario.ExpectedRejection("B5", "V2", "S1",
                        "Breach of a domestic violence protection order")), null);
        assertThat(ScenarioCheck.differences(wrongVictim, decision)).singleElement().asString()
                .contains("rejections by B5");

        Scenario joint = Scenario.read(Path.of("../scenarios/finding-f4-d10-prompt-suspect-depends-on-ids.yaml"));
        Decision jointDecision = ENGINE.decide(joint.report());
        assertThat(ScenarioCheck.differences(joint.expect(), jointDecision)).isEmpty();
        // The D10 prompt naming one suspect of two, and the joint crime without its second suspect or with a
        // second victim it does not have.
        Scenario.Expect wrongPersons = new Scenario.Expect(null,
                List.of(new Scenario.ExpectedCrime("8Q", "s2A", "V1", "S1", List.of("O1", "O2"), List.of(),
                        List.of("V2"))),
                null, null, null, null, null, null, null, null, null,
                List.of(new Scenario.ExpectedPrompt("D10", List.of("S1"))));
        assertThat(ScenarioCheck.differences(wrongPersons, jointDecision)).hasSize(3);
    }
}
