package org.hocr.core.facts;

import java.time.LocalDate;
import org.hocr.api.Answer;
import org.hocr.api.RelationshipKind;

/** How a suspect stands to a victim. */
public record RelationshipFact(String suspectId, String victimId, RelationshipKind kind, Answer livedTogether,
                               LocalDate endedOn, Answer responsibleForVictim) {
}
