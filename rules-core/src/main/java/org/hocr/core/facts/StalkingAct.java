package org.hocr.core.facts;

import org.hocr.api.Behaviour;

/** A behaviour on an occasion of the course that is associated with stalking, with its s2A(3) limb. */
public record StalkingAct(String suspectId, String victimId, String occasionId, Behaviour behaviour, String limb)
        implements OnOccasion {

    @Override
    public String targetId() {
        return victimId;
    }
}
