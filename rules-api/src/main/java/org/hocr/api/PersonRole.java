package org.hocr.api;

/** The part a person plays in a report. */
public enum PersonRole {
    /** A person the report says the conduct was aimed at or harmed. */
    VICTIM,
    /** A person said to have done the conduct. */
    SUSPECT,
    /** Anyone else involved: an employer, a relative, a new partner, a witness. */
    THIRD_PARTY
}
