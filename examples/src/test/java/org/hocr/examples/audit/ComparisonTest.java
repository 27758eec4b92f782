package org.hocr.examples.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hocr.api.Crime;
import org.hocr.api.Decision;
import org.hocr.api.DecisionStatus;
import org.hocr.api.Prompt;
import org.hocr.api.Rejection;
import org.hocr.api.Stamp;
import org.hocr.core.facts.OffenceKind;
import org.junit.jupiter.api.Test;

/** The comparison lines the force's record up with a decision; decisions here are built by hand. */
class ComparisonTest {

    @Test
    void theSameCrimesAgree() {
        assertThat(kinds(decision(crime(OffenceKind.STALKING, "8Q", "V1")), recorded(null, rc("8Q", "s2A", "V1"))))
                .isEmpty();
    }

    @Test
    void legislationAsDecisionsWordItAgreesWithTheShortSection() {
        RecordedCrime byLegislation = new RecordedCrime("8q", "Protection from Harassment Act 1997  s2A", null, "V1", "S1");
        assertThat(kinds(decision(crime(OffenceKind.STALKING, "8Q", "V1")), recorded(null, byLegislation))).isEmpty();
    }

    @Test
    void stalkingRecordedAsHarassment() {
        assertThat(kinds(decision(crime(OffenceKind.STALKING_SERIOUS, "8Q", "V1")), recorded(null, rc("8L", "s4", "V1"))))
                .containsExactly(DisagreementKind.STALKING_RECORDED_AS_HARASSMENT);
    }

    @Test
    void aggravatedStalkingRecordedAsAggravatedHarassment() {
        assertThat(kinds(decision(crime(OffenceKind.RA_STALKING, "8M", "V1")), recorded(null, rc("8M", "s2", "V1"))))
                .containsExactly(DisagreementKind.STALKING_RECORDED_AS_HARASSMENT);
    }

    @Test
    void s2aForS4aAndTheOtherWayRound() {
        assertThat(kinds(decision(crime(OffenceKind.STALKING_SERIOUS, "8Q", "V1")), recorded(null, rc("8Q", "s2A", "V1"))))
                .containsExactly(DisagreementKind.S2A_VS_S4A);
        assertThat(kinds(decision(crime(OffenceKind.STALKING, "8Q", "V1")), recorded(null, rc("8Q", "s4A", "V1"))))
                .containsExactly(DisagreementKind.S2A_VS_S4A);
    }

    @Test
    void harassmentRecordedAsStalkingIsAnotherClassificationDifference() {
        assertThat(kinds(decision(crime(OffenceKind.HARASSMENT, "8L", "V1")), recorded(null, rc("8Q", "s2A", "V1"))))
                .containsExactly(DisagreementKind.OTHER_CLASSIFICATION);
    }

    @Test
    void theRightOffenceUnderTheWrongCodeIsAnotherClassificationDifference() {
        assertThat(kinds(decision(crime(OffenceKind.STALKING, "8Q", "V1")), recorded(null, rc("8L", "s2A", "V1"))))
                .containsExactly(DisagreementKind.OTHER_CLASSIFICATION);
    }

    @Test
    void maliciousCommunicationsOnlyWhereACourseOfConductExists() {
        Comparison.Verdict verdict = Comparison.compare(decision(crime(OffenceKind.STALKING, "8Q", "V1")),
                recorded(null, rc("8R", "MCA s1", "V1"), rc("8R", "MCA s1", "V1"), rc("8R", "MCA s1", "V1")));
        assertThat(verdict.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DisagreementKind.MALICIOUS_COMMUNICATIONS_ONLY);
            assertThat(f.recorded()).hasSize(3);
            assertThat(f.why()).contains("3 crimes").contains("8Q Stalking (s2A)").contains("(M2)");
        });
    }

    @Test
    void aBreachRecordedInIsolation() {
        Decision decision = decision(crime(OffenceKind.BREACH_RESTRAINING_ORDER_SENTENCING_ACT, "8L", "V1"),
                crime(OffenceKind.STALKING, "8Q", "V1"));
        assertThat(kinds(decision, recorded(null, rc("8L", "s363", "V1"))))
                .containsExactly(DisagreementKind.BREACH_RECORDED_IN_ISOLATION);
        assertThat(kinds(decision, recorded(null, rc("8L", "s363", "V1"), rc("8Q", "s2A", "V1")))).isEmpty();
    }

    @Test
    void stalkingRecordedForOneIsolatedBreachIsOverRecorded() {
        Decision decision = decision(crime(OffenceKind.BREACH_RESTRAINING_ORDER_SENTENCING_ACT, "8L", "V1"));
        assertThat(kinds(decision, recorded(null, rc("8L", "s363", "V1"), rc("8Q", "s2A", "V1"))))
                .containsExactly(DisagreementKind.OVER_RECORDED);
    }

    @Test
    void aMissedVictimOrNothingRecordedAtAll() {
        Decision decision = decision(crime(OffenceKind.STALKING, "8Q", "V1"), crime(OffenceKind.STALKING, "8Q", "V2"));
        assertThat(kinds(decision, recorded(null, rc("8Q", "s2A", "V1")))).containsExactly(DisagreementKind.MISSED_VICTIM);
        assertThat(kinds(decision, recorded(null))).containsExactly(DisagreementKind.UNDER_RECORDED,
                DisagreementKind.UNDER_RECORDED);
    }

    @Test
    void aCrimeWhereTheRulesRecordNoneIsOverRecordedWithTheRulesReason() {
        Decision decision = new Decision("R1", DecisionStatus.DETERMINED, List.of(), List.of(),
                List.of(new Rejection("Course of conduct", "V1", "S1", "conduct on one occasion only (O1)", "C1")),
                List.of(), List.of(), List.of(), List.of(), List.of(), stamp());
        Comparison.Verdict verdict = Comparison.compare(decision, recorded(null, rc("8L", "s2", "V1")));
        assertThat(verdict.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DisagreementKind.OVER_RECORDED);
            assertThat(f.evidence()).anyMatch(line -> line.startsWith("[C1]") && line.contains("one occasion only"));
        });
    }

    @Test
    void theWrongSuspectIsNamed() {
        RecordedCrime other = new RecordedCrime("8Q", null, "s2A", "V1", "S2");
        Comparison.Verdict verdict = Comparison.compare(decision(crime(OffenceKind.STALKING, "8Q", "V1")), recorded(null, other));
        assertThat(verdict.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DisagreementKind.OTHER_CLASSIFICATION);
            assertThat(f.why()).contains("against suspect S2").contains("against suspect S1");
        });
    }

    @Test
    void aSuspectNotRecordedMatchesAny() {
        RecordedCrime noSuspect = new RecordedCrime("8Q", null, "s2A", "V1", null);
        assertThat(kinds(decision(crime(OffenceKind.STALKING, "8Q", "V1")), recorded(null, noSuspect))).isEmpty();
    }

    @Test
    void aJointSuspectNamedByTheForceAgrees() {
        Crime joint = new Crime(OffenceKind.STALKING.offence(), OffenceKind.STALKING.legislation(), "8Q", "V1", "S1",
                List.of("O1", "O2"), List.of("C1", "P1", "N1"), List.of("S2"));
        RecordedCrime bySecond = new RecordedCrime("8Q", null, "s2A", "V1", "S2");
        assertThat(kinds(decision(joint), recorded(null, bySecond))).isEmpty();
        RecordedCrime byAnother = new RecordedCrime("8Q", null, "s2A", "V1", "S3");
        assertThat(kinds(decision(joint), recorded(null, byAnother))).containsExactly(DisagreementKind.OTHER_CLASSIFICATION);
        assertThat(CrimeEntry.of(joint).describe()).isEqualTo("8Q Stalking (s2A), victim V1, suspect S1 with S2");
    }

    @Test
    void aBreachRecordedForAnyOfTheVictimsTheRulesNameEquallyAgrees() {
        OffenceKind breach = OffenceKind.BREACH_RESTRAINING_ORDER_SENTENCING_ACT;
        Crime shared = new Crime(breach.offence(), breach.legislation(), "8L", "V1", "S1", List.of("O1"),
                List.of("B5", "B4", "N1"), List.of(), List.of("V2"));
        assertThat(kinds(decision(shared), recorded(null, rc("8L", "s363", "V2")))).isEmpty();
        assertThat(kinds(decision(shared), recorded(null, rc("8L", "s363", "V1")))).isEmpty();
        assertThat(kinds(decision(shared), recorded(null, rc("8L", "s363", "V3")))).isNotEmpty();
        assertThat(CrimeEntry.of(shared).describe()).contains("victim V1 (or V2), suspect S1");
    }

    @Test
    void anOutcomeCodeTheRulesDoubtIsAFindingAndOutcome16OnlyANote() {
        Prompt outcome = new Prompt("D10", "Outcome 18 (no suspect identified) is doubtful", "HMICFRS 2019", List.of("S1"));
        Decision decision = decision(List.of(crime(OffenceKind.STALKING, "8Q", "V1")), outcome);
        assertThat(kinds(decision, recorded(18, rc("8Q", "s2A", "V1")))).containsExactly(DisagreementKind.OUTCOME_CODE_DOUBT);
        Comparison.Verdict monitored = Comparison.compare(decision, recorded(16, rc("8Q", "s2A", "V1")));
        assertThat(monitored.findings()).isEmpty();
        assertThat(monitored.notes()).singleElement().asString().startsWith("[D10]");
    }

    @Test
    void severalKindsInOneCaseComeMostSpecificFirst() {
        Prompt outcome = new Prompt("D10", "Outcome 18 is doubtful", "HMICFRS 2019", List.of("S1"));
        Decision decision = decision(List.of(crime(OffenceKind.STALKING, "8Q", "V1"), crime(OffenceKind.HARASSMENT, "8L", "V2")),
                outcome);
        assertThat(kinds(decision, recorded(18, rc("8L", "s2", "V1"))))
                .containsExactly(DisagreementKind.MISSED_VICTIM, DisagreementKind.STALKING_RECORDED_AS_HARASSMENT,
                        DisagreementKind.OUTCOME_CODE_DOUBT);
    }

    private static List<DisagreementKind> kinds(Decision decision, Recorded recorded) {
        return Comparison.compare(decision, recorded).findings().stream().map(Finding::kind).toList();
    }

    private static Crime crime(OffenceKind kind, String code, String victim) {
        return new Crime(kind.offence(), kind.legislation(), code, victim, "S1", List.of("O1", "O2"), List.of("C1", "N1"),
                List.of());
    }

    private static Decision decision(Crime... crimes) {
        return decision(List.of(crimes));
    }

    private static Decision decision(List<Crime> crimes, Prompt... prompts) {
        return new Decision("R1", DecisionStatus.DETERMINED, crimes, List.of(), List.of(), List.of(), List.of(prompts),
                List.of(), List.of(), List.of(), stamp());
    }

    private static Stamp stamp() {
        return new Stamp("test", "HOCR 2025/26", "0".repeat(64), LocalDate.of(2025, 6, 1));
    }

    private static RecordedCrime rc(String code, String section, String victim) {
        return new RecordedCrime(code, null, section, victim, "S1");
    }

    private static Recorded recorded(Integer outcome, RecordedCrime... crimes) {
        return new Recorded(List.of(crimes), null, outcome);
    }
}
