package org.hocr.api;

/**
 * How one suspect stands to one victim.
 *
 * @param suspectId    the suspect's person id
 * @param victimId     the victim's person id
 * @param kind         the relationship; {@code null} means {@link RelationshipKind#UNKNOWN}
 * @param livedTogether whether they live or lived together; {@code null} means unknown
 * @param endedOn       for a former intimate partner, when the relationship ended, if known
 * @param responsibleForVictim whether the suspect has responsibility for the victim (a child) under the Children and
 *                      Young Persons Act 1933 (brief K3)
 */
public record Relationship(String suspectId, String victimId, RelationshipKind kind, Answer livedTogether,
                           java.time.LocalDate endedOn, Answer responsibleForVictim) {

    public Relationship {
        kind = kind == null ? RelationshipKind.UNKNOWN : kind;
        livedTogether = Answer.orUnknown(livedTogether);
        responsibleForVictim = Answer.orUnknown(responsibleForVictim);
    }

    /** A relationship whose living arrangements are not known. */
    public static Relationship of(String suspectId, String victimId, RelationshipKind kind) {
        return new Relationship(suspectId, victimId, kind, Answer.UNKNOWN, null, Answer.UNKNOWN);
    }
}
