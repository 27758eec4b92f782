package org.hocr.core.facts;

import org.hocr.api.Answer;
import org.hocr.api.ConductFocus;

/** The judgements given for a suspect and a person; one per pair that has conduct, unknown when not given. */
public record AssessmentFact(String suspectId, String victimId, Answer occasionsConnected, ConductFocus focus,
                             Answer aimToPersuade) {
}
