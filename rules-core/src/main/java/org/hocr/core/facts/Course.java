package org.hocr.core.facts;

import java.util.List;

/** A course of conduct by a suspect against a person (PHA 1997 s7), with the rule ids that established it. */
public record Course(String suspectId, String victimId, List<String> occasionIds, List<String> basis)
        implements Evidence {

    @Override
    public List<String> personIds() {
        return List.of(suspectId, victimId);
    }
}
