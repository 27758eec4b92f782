package org.hocr.core.facts;

import java.util.List;

/**
 * An offence put to the Principal Crime Rule (P3), with whether it belongs to the same incident as a course of
 * conduct against the same victim by the same suspect.
 */
public record Candidate(Offence offence, boolean sameIncident) implements Evidence {

    public String suspectId() {
        return offence.suspectId();
    }

    public String victimId() {
        return offence.victimId();
    }

    public int seriousness() {
        return offence.seriousness();
    }

    public String key() {
        return offence.key() + ":" + offence.kind().name();
    }

    public OffenceKind.Group group() {
        return offence.group();
    }

    @Override
    public List<String> occasionIds() {
        return offence.occasionIds();
    }

    @Override
    public List<String> personIds() {
        return offence.personIds();
    }
}
