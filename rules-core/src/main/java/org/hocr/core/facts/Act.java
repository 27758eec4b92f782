package org.hocr.core.facts;

import java.time.LocalDate;
import org.hocr.api.Answer;
import org.hocr.api.PersonRole;

/**
 * One suspect's conduct on one occasion as it touched one person, with that person's reaction on the
 * occasion. The input, flattened so that rules join on hashed ids.
 *
 * @param conduit true when the occasion was meant to affect someone else through this person
 */
public record Act(String occasionId, LocalDate date, String suspectId, String personId, PersonRole personRole,
                  boolean individual, Direction direction, boolean conduit, Answer fearedViolence,
                  Answer alarmOrDistress, Answer seriousAlarmOrDistress, Answer online) implements OnOccasion {

    @Override
    public String targetId() {
        return personId;
    }
}
