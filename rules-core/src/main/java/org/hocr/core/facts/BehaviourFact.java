package org.hocr.core.facts;

import java.time.LocalDate;
import org.hocr.api.Behaviour;

/** One behaviour on one occasion. */
public record BehaviourFact(String occasionId, LocalDate date, Behaviour behaviour) {
}
