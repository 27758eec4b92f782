package org.hocr.examples.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenCaseIdsTest {

    @Test
    void knowsEachIdOnceThroughManyGrowths() {
        SeenCaseIds seen = new SeenCaseIds();
        for (int i = 0; i < 50_000; i++) {
            assertThat(seen.add("CASE-" + i)).isTrue();
        }
        for (int i = 0; i < 50_000; i += 997) {
            assertThat(seen.add("CASE-" + i)).isFalse();
        }
        assertThat(seen.add("CASE-50000")).isTrue();
    }

    @Test
    void hashIsNeverTheEmptyMarker() {
        assertThat(SeenCaseIds.hash("")).isNotZero();
        assertThat(SeenCaseIds.hash("a")).isNotEqualTo(SeenCaseIds.hash("b"));
    }
}
