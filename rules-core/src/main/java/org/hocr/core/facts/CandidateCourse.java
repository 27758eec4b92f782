package org.hocr.core.facts;

import java.util.List;

/** Enough occasions for a course of conduct (C1 or C2); connection (C3) not yet settled. */
public record CandidateCourse(String suspectId, String victimId, List<String> occasionIds, List<String> basis)
        implements Evidence {

    @Override
    public List<String> personIds() {
        return List.of(suspectId, victimId);
    }
}
