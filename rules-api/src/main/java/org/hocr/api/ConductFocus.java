package org.hocr.api;

/** What a course of conduct is about (the NPCC description of stalking; brief S3). */
public enum ConductFocus {
    /** Fixated on the person: typical of stalking. */
    PERSON,
    /** About an issue, such as a neighbour or work dispute: typical of harassment. */
    ISSUE,
    /** Not assessed. */
    UNKNOWN
}
