package org.hocr.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule carries its brief id, citation and dates, as the project's standards require. */
class RuleMetadataTest {
    private static final Set<String> BRIEF_IDS = Set.of(
            "N1", "N2", "N3", "C1", "C2", "C3", "C4", "C5", "H1", "H2", "S1", "S2", "S3", "S4", "S5", "S6",
            "M1", "M2", "M3", "M4", "M5", "M6", "M7", "K1", "K2", "K3", "K4", "B1", "B2", "B3", "B4", "B5", "B6",
            "P1", "P2", "P3", "P4", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10");

    private final RuleBase ruleBase = new HocrEngine().ruleBase();

    @Test
    void everyRuleHasABriefIdACitationAndDates() {
        assertThat(ruleBase.rules()).isNotEmpty();
        ruleBase.rules().values().forEach(rule -> {
            assertThat(BRIEF_IDS).as("brief id of '%s'", rule.name()).contains(rule.briefId());
            assertThat(rule.name()).as("rule name starts with its brief id").startsWith(rule.briefId() + " ");
            assertThat(rule.citation()).as("citation of '%s'", rule.name()).isNotBlank();
            assertThat(rule.summary()).as("summary of '%s'", rule.name()).isNotBlank();
            assertThat(rule.appliesFrom()).as("appliesFrom of '%s'", rule.name()).isNotNull();
            if (rule.appliesTo() != null) {
                assertThat(rule.appliesTo()).isAfter(rule.appliesFrom());
            }
        });
    }

    @Test
    void metadataComesBackWithoutQuoteMarks() {
        ruleBase.rules().values().forEach(rule -> {
            assertThat(rule.citation()).doesNotStartWith("\"");
            assertThat(rule.briefId()).doesNotStartWith("\"");
        });
    }

    @Test
    void theStampNamesTheVersionAndAHashOfTheRules() {
        assertThat(ruleBase.version()).isNotBlank().isNotEqualTo("unknown");
        assertThat(ruleBase.ruleSetHash()).matches("[0-9a-f]{64}");
    }
}
