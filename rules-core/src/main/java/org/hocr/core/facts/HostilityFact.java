package org.hocr.core.facts;

import java.util.List;
import org.hocr.api.HostilityBasis;

/** Hostility shown or motivating. */
public record HostilityFact(String suspectId, String victimId, HostilityBasis basis, List<String> occasionIds)
        implements Evidence {

    @Override
    public List<String> personIds() {
        return List.of(suspectId, victimId);
    }
}
