package org.hocr.core.facts;

/**
 * An offence put to the Principal Crime Rule (P3), with whether it belongs to the same incident as a course of
 * conduct against the same victim by the same suspect.
 */
public record Candidate(Offence offence, boolean sameIncident) implements AboutOffence {

    public int seriousness() {
        return offence.seriousness();
    }

    public String key() {
        return offence.key() + ":" + offence.kind().name();
    }

    public OffenceKind.Group group() {
        return offence.group();
    }
}
