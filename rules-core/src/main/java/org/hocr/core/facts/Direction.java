package org.hocr.core.facts;

/** How an occasion touched a person. */
public enum Direction {
    /** The conduct was aimed at the person. */
    AIMED_AT,
    /** The conduct was aimed at someone else in order to affect the person. */
    THROUGH_THIRD_PARTY
}
