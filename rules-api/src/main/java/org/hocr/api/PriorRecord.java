package org.hocr.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A crime already recorded for earlier conduct in this report, and what the police did about it.
 *
 * @param id          the earlier record's reference
 * @param recordedOn  when it was recorded
 * @param suspectId   the suspect
 * @param victimId    the victim
 * @param occasionIds the occasions it covered
 * @param action      the police action taken on it
 * @param actionOn    when that action was taken
 */
public record PriorRecord(String id, LocalDate recordedOn, String suspectId, String victimId,
                          List<String> occasionIds, PoliceAction action, LocalDate actionOn) {

    public PriorRecord {
        occasionIds = Lists.copy(occasionIds);
        action = action == null ? PoliceAction.NONE : action;
    }
}
