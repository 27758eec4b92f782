package org.hocr.api;

import java.util.List;

/**
 * Something the officer should do or consider (brief section 10).
 *
 * @param ruleId    the brief rule id (D1, D2…)
 * @param text      what to do
 * @param citation  the finding or power it rests on
 * @param personIds the persons it concerns
 */
public record Prompt(String ruleId, String text, String citation, List<String> personIds) {

    public Prompt {
        personIds = Lists.copy(personIds);
    }
}
