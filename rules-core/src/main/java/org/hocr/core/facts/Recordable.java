package org.hocr.core.facts;

import java.util.List;

/** An offence to record as a crime, after the counting rules (P1, P3, B4), awaiting its classification code. */
public record Recordable(Offence offence, List<String> basis) implements Evidence {

    public OffenceKind kind() {
        return offence.kind();
    }

    public String suspectId() {
        return offence.suspectId();
    }

    public String victimId() {
        return offence.victimId();
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
