package org.hocr.examples.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final CaseResult RESULT = CaseResult.rejected(1, "C1", List.of());
    private final StringWriter err = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void showsTheShareReadTheRateAndTheTimeLeft() {
        double[] fraction = {0};
        Progress progress = new Progress(new PrintWriter(err), true, () -> fraction[0], nanos::get);
        for (int i = 0; i < 2_500; i++) {
            progress.accept(RESULT);
        }
        fraction[0] = 0.25;
        nanos.set(5_000_000_000L);
        assertThat(progress.line(nanos.get())).isEqualTo(" 25% [#######---------------------] 2,500 records  500/s  ETA 0:15");
    }

    @Test
    void withoutAKnownSizeShowsTheCountAndRateOnly() {
        Progress progress = new Progress(new PrintWriter(err), true, () -> -1, nanos::get);
        progress.accept(RESULT);
        nanos.set(4_000_000_000L);
        assertThat(progress.line(nanos.get())).isEqualTo("1 records  0/s");
    }

    @Test
    void redrawsAFewTimesASecondAndEndsItsLine() {
        Progress progress = new Progress(new PrintWriter(err), true, () -> 0.5, nanos::get);
        for (int i = 1; i <= 1_000; i++) {
            nanos.set(i * 1_000_000L);
            progress.accept(RESULT);
        }
        progress.finish();
        assertThat(err.toString().chars().filter(c -> c == '\r').count()).isBetween(4L, 7L);
        assertThat(err.toString()).endsWith(System.lineSeparator());
    }

    @Test
    void staysQuietWhenSwitchedOff() {
        Progress progress = new Progress(new PrintWriter(err), false, () -> 0.5, nanos::get);
        for (int i = 1; i <= 1_000; i++) {
            nanos.set(i * 10_000_000L);
            progress.accept(RESULT);
        }
        progress.clear();
        progress.finish();
        assertThat(err.toString()).isEmpty();
    }
}
