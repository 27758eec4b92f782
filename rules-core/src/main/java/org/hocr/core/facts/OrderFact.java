package org.hocr.core.facts;

import java.time.LocalDate;
import org.hocr.api.Answer;
import org.hocr.api.OrderType;

/** An order: from when it binds the suspect (made, or when a suspect without notice knew of it) until it expires. */
public record OrderFact(String id, OrderType type, String subjectId, LocalDate made, Answer madeWithoutNotice,
                        LocalDate suspectKnewOn, LocalDate expires) {

    /** Whether the order bound the suspect on a date (null end means no expiry; without notice, from knowledge). */
    public boolean inForceOn(LocalDate date) {
        LocalDate from = madeWithoutNotice == Answer.YES && suspectKnewOn != null ? suspectKnewOn : made;
        return !date.isBefore(from) && (expires == null || !date.isAfter(expires));
    }
}
