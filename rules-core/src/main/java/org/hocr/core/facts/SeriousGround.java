package org.hocr.core.facts;

import java.util.List;

/** A reason the stalking is s4A: fear on two occasions, or serious alarm with substantial adverse effect (S2). */
public record SeriousGround(String suspectId, String victimId, String ruleId, String limb, List<String> occasionIds)
        implements Evidence {

    @Override
    public List<String> personIds() {
        return List.of(suspectId, victimId);
    }
}
