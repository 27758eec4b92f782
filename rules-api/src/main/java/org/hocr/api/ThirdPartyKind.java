package org.hocr.api;

/** How a third party stands to the victim; only descriptive, used to word prompts and explanations. */
public enum ThirdPartyKind {
    /** The victim's employer or workplace. */
    EMPLOYER,
    /** A member of the victim's family. */
    RELATIVE,
    /** The victim's new intimate partner. */
    NEW_PARTNER,
    /** A friend of the victim. */
    FRIEND,
    /** Anyone else. */
    OTHER
}
