package org.hocr.core.facts;

import java.time.LocalDate;
import org.hocr.api.OtherOffenceKind;

/** Another offence on an occasion, by a suspect against a person. */
public record OtherOffenceFact(String occasionId, LocalDate date, String suspectId, String victimId,
                               OtherOffenceKind kind) implements OnOccasion {

    @Override
    public String targetId() {
        return victimId;
    }
}
