package org.hocr.api;

import java.util.List;

/**
 * Something to record as an incident rather than a crime (brief N2): for example a single act of unwanted
 * contact, the first incident of harassment.
 *
 * @param kind        what kind of incident ("Crime-related incident")
 * @param victimId    the person affected
 * @param suspectId   the suspect
 * @param occasionIds the occasions it covers
 * @param reason      why it is an incident and not a crime
 * @param ruleId      the brief rule id
 */
public record Incident(String kind, String victimId, String suspectId, List<String> occasionIds, String reason,
                       String ruleId) {

    public Incident {
        occasionIds = Lists.copy(occasionIds);
    }
}
