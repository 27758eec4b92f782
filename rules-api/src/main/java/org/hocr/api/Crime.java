package org.hocr.api;

import java.util.List;

/**
 * A crime to record.
 *
 * @param offence     the offence, in words ("Stalking involving fear of violence or serious alarm or distress")
 * @param legislation the Act and section ("Protection from Harassment Act 1997 s4A")
 * @param hocrCode    the Home Office classification ("8Q")
 * @param victimId    the victim
 * @param suspectId   the suspect
 * @param occasionIds the occasions this crime covers, in date order
 * @param ruleIds     the brief rule ids that produced it, in the order they applied
 */
public record Crime(String offence, String legislation, String hocrCode, String victimId, String suspectId,
                    List<String> occasionIds, List<String> ruleIds) {

    public Crime {
        occasionIds = Lists.copy(occasionIds);
        ruleIds = Lists.copy(ruleIds);
    }
}
