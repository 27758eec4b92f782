package org.hocr.examples.generate;

/** The kinds of bad record the generator can write, so that an audit's handling of them can be checked. */
public enum Corruption {
    /** JSON Lines: the line is cut short. */
    MALFORMED_JSON,
    /** JSON Lines: an occasion is dated after the recording date (the report fails validation). */
    INVALID_REPORT,
    /** JSON Lines: a recorded crime names a person not in the report. */
    INVALID_RECORDED,
    /** CSV: a row of the case lost its last field. */
    WRONG_FIELD_COUNT,
    /** CSV: a row's date is not a date. */
    BAD_DATE,
    /** CSV: a row's quoting is broken. */
    BROKEN_QUOTING
}
