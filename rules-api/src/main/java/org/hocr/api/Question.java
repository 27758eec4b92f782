package org.hocr.api;

import java.util.List;

/**
 * A judgement the rules need and were not given (brief section 9).
 *
 * @param id          a stable key for the question ("fear-second-occasion:S1:V1")
 * @param ruleId      the brief rule id that needs it
 * @param question    the question to ask the officer or victim
 * @param why         why it matters
 * @param victimId    the victim it is about
 * @param suspectId   the suspect it is about
 * @param occasionIds the occasions it is about
 * @param outcomes    what each answer would lead to
 */
public record Question(String id, String ruleId, String question, String why, String victimId, String suspectId,
                       List<String> occasionIds, List<Outcome> outcomes) {

    public Question {
        occasionIds = Lists.copy(occasionIds);
        outcomes = Lists.copy(outcomes);
    }
}
