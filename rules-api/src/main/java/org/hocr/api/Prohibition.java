package org.hocr.api;

/** What an order prohibits. */
public enum Prohibition {
    /** Contacting the protected person by any means. */
    CONTACT,
    /** Contacting them through anyone else. */
    INDIRECT_CONTACT,
    /** Going to or near named places (home, work, an area). */
    GOING_TO_PLACES,
    /** Publishing anything about them. */
    PUBLISHING,
    /** Harassing, molesting or pestering them. */
    HARASSMENT,
    /** Anything else. */
    OTHER
}
