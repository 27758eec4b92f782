package org.hocr.core.facts;

import java.time.LocalDate;
import java.util.List;
import org.hocr.api.Answer;

/** Controlling or coercive behaviour on an occasion towards a personally connected person (K1, K2). */
public record CcbAct(String suspectId, String victimId, String occasionId, LocalDate date, Answer fearedViolence,
                     Answer seriousAlarmOrDistress) implements Evidence {

    @Override
    public List<String> occasionIds() {
        return List.of(occasionId);
    }

    @Override
    public List<String> personIds() {
        return List.of(suspectId, victimId);
    }
}
