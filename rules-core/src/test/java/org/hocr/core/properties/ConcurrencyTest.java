package org.hocr.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hocr.api.Decision;
import org.hocr.api.Report;
import org.hocr.core.HocrEngine;
import org.junit.jupiter.api.Test;

/**
 * One engine, 16 threads, thousands of decisions over varied generated reports: every result equals the
 * single-threaded result for the same report, explanation included, so decisions cannot see each other's
 * sessions or explanation recorders.
 */
class ConcurrencyTest {
    private static final int THREADS = 16;
    private static final int REPORTS = 500;
    private static final int ROUNDS = 10;

    @Test
    void decisionsOnSixteenThreadsEqualTheSingleThreadedOnes() throws Exception {
        HocrEngine engine = new HocrEngine();
        List<Report> reports = ReportGenerators.reports().sampleStream().limit(REPORTS).toList();
        List<Decision> expected = reports.stream().map(engine::decide).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Decision>> futures = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                // Each round in another order, so that different reports are decided side by side.
                for (int i = 0; i < REPORTS; i++) {
                    Report report = reports.get((i * (2 * round + 1)) % REPORTS);
                    futures.add(pool.submit(() -> {
                        start.await();
                        return engine.decide(report);
                    }));
                }
            }
            start.countDown();
            int checked = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < REPORTS; i++) {
                    int index = (i * (2 * round + 1)) % REPORTS;
                    Decision actual = futures.get(round * REPORTS + i).get(5, TimeUnit.MINUTES);
                    Decision single = expected.get(index);
                    // Compared without the order of ties in the sorted lists (finding F1); the explanation,
                    // which records each decision's own rule firings, is compared exactly, in order.
                    assertThat(NormalisedDecision.of(actual)).as("report %d, round %d", index, round)
                            .isEqualTo(NormalisedDecision.of(single));
                    assertThat(actual.explanation()).as("explanation of report %d, round %d", index, round)
                            .isEqualTo(single.explanation());
                    assertThat(actual.stamp()).isEqualTo(single.stamp());
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(REPORTS * ROUNDS);
        } finally {
            pool.shutdownNow();
        }
    }
}
