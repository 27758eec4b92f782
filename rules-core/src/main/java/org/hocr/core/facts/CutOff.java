package org.hocr.core.facts;

import java.time.LocalDate;
import java.util.List;

/** Conduct on or before this date was dealt with by an earlier record or order: a new course starts after it. */
public record CutOff(String suspectId, String victimId, LocalDate date, String reason, String ruleId)
        implements Evidence {

    @Override
    public List<String> occasionIds() {
        return List.of();
    }

    @Override
    public List<String> personIds() {
        return List.of(suspectId, victimId);
    }
}
