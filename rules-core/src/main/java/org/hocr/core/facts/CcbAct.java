package org.hocr.core.facts;

import java.time.LocalDate;
import org.hocr.api.Answer;

/** Controlling or coercive behaviour on an occasion towards a personally connected person (K1, K2). */
public record CcbAct(String suspectId, String victimId, String occasionId, LocalDate date, Answer fearedViolence,
                     Answer seriousAlarmOrDistress) implements OnOccasion {

    @Override
    public String targetId() {
        return victimId;
    }
}
