package org.hocr.core.facts;

import java.util.List;
import org.hocr.api.Behaviour;

/** A behaviour on an occasion of the course that is associated with stalking, with its s2A(3) limb. */
public record StalkingAct(String suspectId, String victimId, String occasionId, Behaviour behaviour, String limb)
        implements Evidence {

    @Override
    public List<String> occasionIds() {
        return List.of(occasionId);
    }

    @Override
    public List<String> personIds() {
        return List.of(suspectId, victimId);
    }
}
