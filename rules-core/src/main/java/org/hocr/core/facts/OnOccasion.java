package org.hocr.core.facts;

import java.util.List;

/** Evidence that rests on one occasion and concerns a suspect and a person. */
public interface OnOccasion extends Evidence {

    String occasionId();

    String suspectId();

    /** The person the conduct touched. */
    String targetId();

    @Override
    default List<String> occasionIds() {
        return List.of(occasionId());
    }

    @Override
    default List<String> personIds() {
        return List.of(suspectId(), targetId());
    }
}
