package org.hocr.core.facts;

import java.time.LocalDate;
import java.util.List;

/** An occasion that breached an order in force, towards a person it protects. */
public record Breach(String occasionId, LocalDate date, String orderId, String suspectId, String personId)
        implements Evidence {

    @Override
    public List<String> occasionIds() {
        return List.of(occasionId);
    }

    @Override
    public List<String> personIds() {
        return List.of(suspectId, personId);
    }
}
