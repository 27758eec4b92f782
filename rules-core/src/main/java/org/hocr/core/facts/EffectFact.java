package org.hocr.core.facts;

import java.util.List;
import org.hocr.api.Answer;
import org.hocr.api.DailyLifeChange;

/** The effect of the conduct on a victim; one per victim, unknown when not given. */
public record EffectFact(String victimId, Answer substantialAdverseEffect, List<DailyLifeChange> changes) {
}
