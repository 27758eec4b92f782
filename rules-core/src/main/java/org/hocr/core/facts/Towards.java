package org.hocr.core.facts;

import java.time.LocalDate;
import org.hocr.api.Answer;

/**
 * An occasion that counts towards a suspect's course of conduct against a person (C1 directly, C4 through a
 * third party), with the person's reaction on it.
 */
public record Towards(String suspectId, String victimId, String occasionId, LocalDate date, Answer fearedViolence,
                      Answer alarmOrDistress, Answer seriousAlarmOrDistress, Answer online, String ruleId) implements OnOccasion {

    /** The act as counted towards the person, by the rule with the given id. */
    public static Towards of(Act act, String ruleId) {
        return new Towards(act.suspectId(), act.personId(), act.occasionId(), act.date(), act.fearedViolence(),
                act.alarmOrDistress(), act.seriousAlarmOrDistress(), act.online(), ruleId);
    }

    @Override
    public String targetId() {
        return victimId;
    }
}
