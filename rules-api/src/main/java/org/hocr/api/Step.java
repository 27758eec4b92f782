package org.hocr.api;

import java.util.List;

/**
 * One step of an explanation: one rule applied to some evidence.
 *
 * @param ruleId       the brief rule id (C1, S2…)
 * @param rule         the rule's name in the rule base
 * @param citation     the legislation or case law it applies
 * @param countingRule the counting-rule source it applies (HOCR section, HMICFRS finding), if any
 * @param occasionIds  the occasions it relied on
 * @param personIds    the persons it concerned
 * @param text         what it established
 */
public record Step(String ruleId, String rule, String citation, String countingRule, List<String> occasionIds,
                   List<String> personIds, String text) {

    public Step {
        occasionIds = Lists.copy(occasionIds);
        personIds = Lists.copy(personIds);
    }
}
