package org.hocr.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/**
 * A fact or judgement that may be known to be true, known to be false, or not known.
 *
 * <p>Unknown is never read as no: where the law turns on an unknown answer the decision
 * asks for it instead of guessing.
 */
public enum Answer {
    /** Known to be so. */
    YES,
    /** Known not to be so. */
    NO,
    /** Not known, not asked or not recorded. */
    UNKNOWN;

    /** Maps a nullable answer to {@link #UNKNOWN}. */
    public static Answer orUnknown(Answer answer) {
        return answer == null ? UNKNOWN : answer;
    }

    /**
     * Reads an answer from JSON: {@code "YES"}, {@code "NO"}, {@code "UNKNOWN"} in any case, or {@code true},
     * {@code false} and {@code null}.
     */
    @JsonCreator
    public static Answer fromJson(Object value) {
        if (value == null) {
            return UNKNOWN;
        }
        if (value instanceof Boolean b) {
            return of(b);
        }
        if (value instanceof String s) {
            return switch (s.trim().toUpperCase(Locale.ROOT)) {
                case "YES", "TRUE" -> YES;
                case "NO", "FALSE" -> NO;
                case "UNKNOWN", "" -> UNKNOWN;
                default -> throw new IllegalArgumentException("not an answer: use YES, NO or UNKNOWN");
            };
        }
        throw new IllegalArgumentException("not an answer: use YES, NO or UNKNOWN");
    }

    /** Maps a nullable boolean: {@code null} is {@link #UNKNOWN}. */
    public static Answer of(Boolean value) {
        return value == null ? UNKNOWN : value ? YES : NO;
    }
}
