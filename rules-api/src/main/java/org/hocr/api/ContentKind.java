package org.hocr.api;

/** What a communication contained (Malicious Communications Act 1988 s1; Online Safety Act 2023 s179, s181). */
public enum ContentKind {
    /** Indecent or grossly offensive. */
    INDECENT_OR_GROSSLY_OFFENSIVE,
    /** A threat (other than of death or serious harm). */
    THREATENING,
    /** A threat of death or serious harm. */
    THREAT_OF_DEATH_OR_SERIOUS_HARM,
    /** Information the sender knew to be false. */
    KNOWINGLY_FALSE,
    /** Offensive, but not grossly so. */
    MERELY_OFFENSIVE
}
