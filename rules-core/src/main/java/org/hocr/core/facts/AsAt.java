package org.hocr.core.facts;

import java.time.LocalDate;

/**
 * The recording date of the decision.
 *
 * @param date the recording date
 */
public record AsAt(LocalDate date) {
}
