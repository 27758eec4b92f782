package org.hocr.core.facts;

import java.time.LocalDate;
import java.util.List;
import org.hocr.api.OtherOffenceKind;

/** Another offence on an occasion, by a suspect against a person. */
public record OtherOffenceFact(String occasionId, LocalDate date, String suspectId, String victimId,
                               OtherOffenceKind kind) implements Evidence {

    @Override
    public List<String> occasionIds() {
        return List.of(occasionId);
    }

    @Override
    public List<String> personIds() {
        return List.of(suspectId, victimId);
    }
}
