package org.hocr.api;

/**
 * How one suspect stands to one victim.
 *
 * @param suspectId    the suspect's person id
 * @param victimId     the victim's person id
 * @param kind         the relationship; {@code null} means {@link RelationshipKind#UNKNOWN}
 * @param livedTogether whether they live or lived together; {@code null} means unknown
 */
public record Relationship(String suspectId, String victimId, RelationshipKind kind, Answer livedTogether) {

    public Relationship {
        kind = kind == null ? RelationshipKind.UNKNOWN : kind;
        livedTogether = Answer.orUnknown(livedTogether);
    }

    /** A relationship whose living arrangements are not known. */
    public static Relationship of(String suspectId, String victimId, RelationshipKind kind) {
        return new Relationship(suspectId, victimId, kind, Answer.UNKNOWN);
    }
}
