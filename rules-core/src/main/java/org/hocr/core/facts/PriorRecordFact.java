package org.hocr.core.facts;

import java.time.LocalDate;
import java.util.List;
import org.hocr.api.PoliceAction;

/** A crime already recorded for earlier conduct, and the police action on it. */
public record PriorRecordFact(String id, LocalDate recordedOn, String suspectId, String victimId,
                              List<String> occasionIds, PoliceAction action, LocalDate actionOn) implements Evidence {

    @Override
    public List<String> personIds() {
        return List.of(suspectId, victimId);
    }
}
