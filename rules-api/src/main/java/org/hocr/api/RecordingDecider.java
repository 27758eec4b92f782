package org.hocr.api;

import java.util.ServiceLoader;

/**
 * Decides what to record for a report. Implementations are thread-safe: build one, share it.
 *
 * <p>Callers depend on this interface and the model only; {@link #load()} finds the engine on the classpath.
 */
public interface RecordingDecider {

    /**
     * Decides a report.
     *
     * @throws InvalidReportException if the report is invalid (every problem is listed; no decision is made)
     */
    Decision decide(Report report);

    /** The first implementation found by {@link ServiceLoader}, for example the Drools engine of hocr-rules-core. */
    static RecordingDecider load() {
        return ServiceLoader.load(RecordingDecider.class).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No RecordingDecider on the classpath: add org.hocr:hocr-rules-core"));
    }
}
