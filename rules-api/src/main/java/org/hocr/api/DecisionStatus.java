package org.hocr.api;

/** How settled a decision is (brief section 9). */
public enum DecisionStatus {
    /** The rules settled every point from the facts given. */
    DETERMINED,
    /** A judgement the rules need is missing; see {@link Decision#questions()}. */
    NEEDS_INFORMATION
}
