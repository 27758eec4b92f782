package org.hocr.core.facts;

import java.time.LocalDate;

/**
 * An offence put to the Principal Crime Rule (P3), with whether it belongs to the same incident as a course of
 * conduct against the same victim by the same suspect, and the date of its first occasion (the first fact that
 * decides between equally serious crimes).
 */
public record Candidate(Offence offence, boolean sameIncident, LocalDate first) implements AboutOffence {

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
