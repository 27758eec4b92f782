package org.hocr.core.facts;

import java.time.LocalDate;

/** An occasion that breached an order in force, towards a person it protects. */
public record Breach(String occasionId, LocalDate date, String orderId, String suspectId, String personId)
        implements OnOccasion {

    @Override
    public String targetId() {
        return personId;
    }
}
