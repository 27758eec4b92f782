package org.hocr.core.facts;

import java.time.LocalDate;

/**
 * The recording date of the decision, with the rulebook's thresholds.
 *
 * @param date        the recording date
 * @param wideGapDays occasions further apart than this are a judgement point for connection (C3)
 */
public record AsAt(LocalDate date, int wideGapDays) {
}
