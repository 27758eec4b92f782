package org.hocr.examples.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    /** Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score), and symmetric cases. */
    @ParameterizedTest(name = "{0}/{1}: {2} to {3}")
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0, 20, 0.0000, 0.1611",
        "1, 29, 0.0061, 0.1718",
        "5, 10, 0.2366, 0.7634",
        "10, 10, 0.7225, 1.0000",
        "24, 42, 0.4221, 0.7088"
    })
    void matchesPublishedValues(long successes, long trials, double low, double high) {
        WilsonInterval interval = WilsonInterval.of95(successes, trials);
        assertThat(interval.low()).isCloseTo(low, within(0.00006));
        assertThat(interval.high()).isCloseTo(high, within(0.00006));
        assertThat(interval.rate()).isEqualTo((double) successes / trials);
    }

    @Test
    void staysInsideZeroToOneAndContainsTheRate() {
        for (long n = 1; n <= 60; n++) {
            for (long x = 0; x <= n; x++) {
                WilsonInterval interval = WilsonInterval.of95(x, n);
                assertThat(interval.low()).isBetween(0.0, interval.rate());
                assertThat(interval.high()).isBetween(interval.rate(), 1.0);
            }
        }
    }

    @Test
    void narrowsAsTheSampleGrows() {
        double small = width(WilsonInterval.of95(9, 10));
        double large = width(WilsonInterval.of95(9_000, 10_000));
        assertThat(large).isLessThan(small / 10);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of95(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of95(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of95(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double width(WilsonInterval interval) {
        return interval.high() - interval.low();
    }
}
