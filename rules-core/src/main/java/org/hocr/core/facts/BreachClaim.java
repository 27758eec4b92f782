package org.hocr.core.facts;

import java.time.LocalDate;
import java.util.List;

/** The report says an occasion breached an order, towards a person. */
public record BreachClaim(String occasionId, LocalDate date, String orderId, String suspectId, String personId)
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
