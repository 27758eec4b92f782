package org.hocr.api;

/** Markers to put on the record (brief D8). */
public enum FlagKind {
    /** The suspect is a current or former intimate partner or a family member. */
    DOMESTIC_ABUSE,
    /** Done in full or in part through a computer, network or device. */
    CYBER_ENABLED,
    /** Stalking marker on the victim and the suspect. */
    STALKING,
    /** Hostility based on a protected characteristic. */
    HATE_CRIME
}
