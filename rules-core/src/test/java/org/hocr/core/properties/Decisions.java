package org.hocr.core.properties;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hocr.api.Decision;
import org.hocr.api.Report;
import org.hocr.core.HocrEngine;

/**
 * The engine the properties share, with a time limit: a decision that never returns (a rule that keeps
 * re-firing) fails the property instead of hanging the build. The limit is generous because the build
 * machine may be busy; a normal decision takes about a millisecond.
 */
final class Decisions {
    static final HocrEngine ENGINE = new HocrEngine();
    static final Duration LIMIT = Duration.ofSeconds(Long.getLong("hocr.properties.decisionSeconds", 30));

    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "property-decision");
        thread.setDaemon(true);
        return thread;
    });

    private Decisions() {
    }

    /** The engine's decision, or an {@link AssertionError} if it takes longer than the limit. */
    static Decision decide(Report report) {
        Future<Decision> decision = RUNNER.submit(() -> ENGINE.decide(report));
        try {
            return decision.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            decision.cancel(true);
            throw new AssertionError("the decision did not finish within " + LIMIT.toSeconds()
                    + " s: a rule keeps firing (the thread is left running)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
