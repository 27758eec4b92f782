package org.hocr.core.facts;

import java.util.List;

/** A stage of counting one offence (counted, put to the principal crime rule, recordable). */
public interface AboutOffence extends Evidence {

    Offence offence();

    default String suspectId() {
        return offence().suspectId();
    }

    default String victimId() {
        return offence().victimId();
    }

    /** Every suspect of the offence, sorted (more than one when suspects acted together: P1). */
    default List<String> suspectIds() {
        return offence().suspectIds();
    }

    default OffenceKind kind() {
        return offence().kind();
    }

    @Override
    default List<String> occasionIds() {
        return offence().occasionIds();
    }

    @Override
    default List<String> personIds() {
        return offence().personIds();
    }
}
