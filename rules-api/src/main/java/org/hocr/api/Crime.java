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
 * @param jointSuspectIds other suspects who acted together with {@code suspectId} on the same occasions (one crime
 *                    per victim: brief P1); usually empty. The suspects are equals, in sorted order: {@code suspectId}
 *                    is the first of them
 * @param jointVictimIds other victims of the same one crime, equal to {@code victimId}: for a breach of an order
 *                    (one crime for each offender for each order: brief B4), the other protected persons the order
 *                    was breached towards first, on the same day and as often, so that the facts do not make one of
 *                    them the victim; sorted, {@code victimId} the first of them; usually empty
 */
public record Crime(String offence, String legislation, String hocrCode, String victimId, String suspectId,
                    List<String> occasionIds, List<String> ruleIds, List<String> jointSuspectIds,
                    List<String> jointVictimIds) {

    public Crime {
        occasionIds = Lists.copy(occasionIds);
        ruleIds = Lists.copy(ruleIds);
        jointSuspectIds = Lists.copy(jointSuspectIds);
        jointVictimIds = Lists.copy(jointVictimIds);
    }

    /** A crime against one victim (the usual case). */
    public Crime(String offence, String legislation, String hocrCode, String victimId, String suspectId,
                 List<String> occasionIds, List<String> ruleIds, List<String> jointSuspectIds) {
        this(offence, legislation, hocrCode, victimId, suspectId, occasionIds, ruleIds, jointSuspectIds, List.of());
    }
}
