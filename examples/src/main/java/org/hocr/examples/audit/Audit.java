package org.hocr.examples.audit;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.hocr.api.Problem;
import org.hocr.api.RecordingDecider;

/**
 * Runs a batch: reads records in order, audits them on worker threads, and hands each result to a listener in
 * input order. At most a few records per worker are in flight, so memory stays bounded however long the batch;
 * only what the listener keeps outlives a record. Every record read reaches the listener exactly once.
 */
public final class Audit {
    /** Records in flight per worker thread. */
    private static final int IN_FLIGHT_PER_THREAD = 16;

    private final CaseAuditor auditor;
    private final int threads;

    /** Receives each record's result, in input order, on the thread that called {@link #run}. */
    @FunctionalInterface
    public interface Listener {
        void accept(CaseResult result) throws IOException;
    }

    public Audit(RecordingDecider decider, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.auditor = new CaseAuditor(decider);
        this.threads = threads;
    }

    /**
     * Audits every record of the source.
     *
     * @return the number of records read (each was handed to the listener)
     */
    public long run(RecordSource source, Listener listener) throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(threads, new Workers());
        Deque<Future<CaseResult>> inFlight = new ArrayDeque<>();
        SeenCaseIds seen = new SeenCaseIds();
        long read = 0;
        try {
            PendingRecord pending;
            while ((pending = source.next()) != null) {
                read++;
                PendingRecord record = pending;
                inFlight.add(workers.submit(() -> auditor.audit(record)));
                while (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
                    listener.accept(onceEach(await(inFlight.poll()), seen));
                }
            }
            while (!inFlight.isEmpty()) {
                listener.accept(onceEach(await(inFlight.poll()), seen));
            }
        } finally {
            workers.shutdownNow();
        }
        return read;
    }

    /** A case id read before makes this record a rejected repeat. */
    private static CaseResult onceEach(CaseResult result, SeenCaseIds seen) {
        if (result.caseId() == null || seen.add(result.caseId())) {
            return result;
        }
        return CaseResult.rejected(result.line(), result.caseId(), List.of(new Problem("caseId",
                "'" + RecordedCheck.clip(result.caseId()) + "' was already read earlier in the batch: each case once"
                        + " (in CSV, a case's rows together)")));
    }

    private static CaseResult await(Future<CaseResult> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("audit interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside the case audit", e.getCause());
        }
    }

    /** Daemon worker threads, so that a failed run cannot keep the process alive. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "hocr-audit-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
