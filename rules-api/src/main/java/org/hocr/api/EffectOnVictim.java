package org.hocr.api;

import java.util.List;

/**
 * The effect of the whole course of conduct on one victim.
 *
 * @param victimId                  the victim
 * @param substantialAdverseEffect  the officer's judgement: did the conduct have a substantial adverse effect
 *                                  on the victim's usual day-to-day activities?
 * @param changes                   what changed, where known (evidence for the judgement, not the judgement)
 * @param description               optional free text (may hold personal data; never logged)
 */
public record EffectOnVictim(String victimId, Answer substantialAdverseEffect, List<DailyLifeChange> changes,
                             String description) {

    public EffectOnVictim {
        substantialAdverseEffect = Answer.orUnknown(substantialAdverseEffect);
        changes = Lists.copy(changes);
    }

    /** An effect judged substantial, with the changes that show it. */
    public static EffectOnVictim substantial(String victimId, DailyLifeChange... changes) {
        return new EffectOnVictim(victimId, Answer.YES, List.of(changes), null);
    }
}
