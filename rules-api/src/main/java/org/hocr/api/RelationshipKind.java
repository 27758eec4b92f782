package org.hocr.api;

/** How a suspect is related to a victim. */
public enum RelationshipKind {
    /** They are in an intimate relationship now. */
    CURRENT_INTIMATE_PARTNER,
    /** They were in an intimate relationship. */
    FORMER_INTIMATE_PARTNER,
    /** Related by family. */
    FAMILY,
    /** Neighbours. */
    NEIGHBOUR,
    /** Work colleagues, including employer and employee. */
    COLLEAGUE,
    /** Known to each other otherwise. */
    ACQUAINTANCE,
    /** Not known to each other. */
    STRANGER,
    /** Not known. */
    UNKNOWN
}
