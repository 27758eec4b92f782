package org.hocr.core.facts;

import java.util.List;

/** A reason the harassment is stalking: acts associated with stalking (S1), or a former partner (S4). */
public record StalkingGround(String suspectId, String victimId, String ruleId, List<String> occasionIds)
        implements Evidence {

    @Override
    public List<String> personIds() {
        return List.of(suspectId, victimId);
    }
}
