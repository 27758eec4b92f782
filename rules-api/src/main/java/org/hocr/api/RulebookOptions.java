package org.hocr.api;

/**
 * Named thresholds and choices of the rulebook, with the brief's defaults. Every decision is made under one set
 * of options.
 *
 * @param wideGapDays occasions of a course of conduct none of which is within this many days of another are a
 *                    judgement point for connection (brief C3; Lau v DPP: four months apart was not enough).
 *                    Default 90.
 */
public record RulebookOptions(int wideGapDays) {

    public RulebookOptions {
        if (wideGapDays < 1) {
            throw new IllegalArgumentException("wideGapDays must be at least 1");
        }
    }

    /** The brief's defaults. */
    public static RulebookOptions defaults() {
        return new RulebookOptions(90);
    }
}
