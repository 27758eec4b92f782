package org.hocr.core.facts;

import java.util.List;

/** The offence counted for a victim: the most serious one (P1). */
public record Counted(Offence offence) implements Evidence {

    @Override
    public List<String> occasionIds() {
        return offence.occasionIds();
    }

    @Override
    public List<String> personIds() {
        return offence.personIds();
    }

    public String suspectId() {
        return offence.suspectId();
    }

    public String victimId() {
        return offence.victimId();
    }

    public OffenceKind kind() {
        return offence.kind();
    }
}
