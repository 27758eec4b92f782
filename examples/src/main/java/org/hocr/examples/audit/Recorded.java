package org.hocr.examples.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the force recorded for a report: the part of an audit record the audit checks against the rules.
 *
 * @param crimes      the crimes recorded; empty if the force recorded no crime
 * @param crimeCount  the number of crimes recorded, if the source states it (must equal the crimes listed)
 * @param outcomeCode the Home Office outcome code assigned, if any
 */
public record Recorded(List<RecordedCrime> crimes, Integer crimeCount, Integer outcomeCode) {

    public Recorded {
        crimes = crimes == null ? null : Collections.unmodifiableList(new ArrayList<>(crimes));
    }
}
