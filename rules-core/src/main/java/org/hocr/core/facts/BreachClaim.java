package org.hocr.core.facts;

import java.time.LocalDate;

/** The report says an occasion breached an order, towards a person. */
public record BreachClaim(String occasionId, LocalDate date, String orderId, String suspectId, String personId)
        implements OnOccasion {

    @Override
    public String targetId() {
        return personId;
    }
}
