package org.hocr.examples.audit;

/**
 * How the force's recording of a case differs from what the rules record. A case can show several; its
 * primary kind is the first in this order (the most specific recording error first).
 */
public enum DisagreementKind {
    /** A victim the rules record a crime for has none, although crimes were recorded for other victims. */
    MISSED_VICTIM("missed victim"),
    /** A breach of an order was recorded, but not the stalking or harassment its repeated conduct amounts to (B2). */
    BREACH_RECORDED_IN_ISOLATION("breach recorded in isolation"),
    /** Malicious communications were recorded where the communications form a course of conduct (M2). */
    MALICIOUS_COMMUNICATIONS_ONLY("malicious communications only where a course of conduct exists"),
    /** Harassment (s2 or s4) was recorded where the course of conduct is stalking (s2A or s4A). */
    STALKING_RECORDED_AS_HARASSMENT("stalking recorded as harassment"),
    /** Stalking was recorded under s2A where it is s4A, or under s4A where it is s2A. */
    S2A_VS_S4A("s2A vs s4A"),
    /** Another difference in the offence or classification code of a crime recorded for the right victim. */
    OTHER_CLASSIFICATION("other classification difference"),
    /** Fewer crimes recorded than the rules record (for example none for a course of conduct). */
    UNDER_RECORDED("under-recorded"),
    /** More crimes recorded than the rules record (for example a crime for a single act, or stalking for one breach). */
    OVER_RECORDED("over-recorded"),
    /** The outcome code assigned is doubtful (D10: outcome 18, no suspect identified, with a named suspect). */
    OUTCOME_CODE_DOUBT("outcome-code doubt");

    private final String label;

    DisagreementKind(String label) {
        this.label = label;
    }

    /** The kind in words, for reports. */
    public String label() {
        return label;
    }
}
