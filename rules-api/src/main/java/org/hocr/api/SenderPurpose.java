package org.hocr.api;

/** Why the sender sent a communication, as far as known. */
public enum SenderPurpose {
    /** To cause distress or anxiety to the recipient or another (MCA 1988 s1). */
    CAUSE_DISTRESS_OR_ANXIETY,
    /** Some other purpose. */
    OTHER,
    /** Not known. */
    UNKNOWN
}
