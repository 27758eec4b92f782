package org.hocr.core.facts;

import java.time.LocalDateTime;

/** Facts about the report itself: when it was received and recorded, and the outcome code assigned. */
public record ReportFacts(LocalDateTime received, LocalDateTime recorded, Integer outcomeCode) {

    /** Minutes between receipt and recording, or -1 if either is unknown. */
    public long minutesToRecord() {
        return received == null || recorded == null ? -1
                : java.time.Duration.between(received, recorded).toMinutes();
    }

    /** Whole hours between receipt and recording, or -1 if either is unknown. */
    public long hoursToRecord() {
        return received == null || recorded == null ? -1
                : java.time.Duration.between(received, recorded).toHours();
    }
}
