package org.hocr.core.facts;

import java.time.LocalDate;
import org.hocr.api.Answer;

/** An occasion's own attributes. */
public record OccasionFact(String id, LocalDate date, Answer online) {
}
