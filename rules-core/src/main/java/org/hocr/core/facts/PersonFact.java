package org.hocr.core.facts;

import org.hocr.api.Answer;
import org.hocr.api.PersonRole;

/** A person, without any free text. */
public record PersonFact(String id, PersonRole role, boolean individual, Answer under16) {
}
