package org.hocr.core.facts;

import java.util.List;

/** An offence the conduct amounts to for one victim, with the rule ids that established it. */
public record Offence(String suspectId, String victimId, OffenceKind kind, int rank, List<String> occasionIds,
                      List<String> basis) implements Evidence {

    public static Offence of(OffenceKind kind, String suspectId, String victimId, List<String> occasionIds,
                             List<String> basis) {
        return new Offence(suspectId, victimId, kind, kind.rank(), occasionIds, basis);
    }

    /** This course of conduct as a more serious offence, adding the rule that made it so. */
    public Offence raisedTo(OffenceKind higher, String ruleId) {
        return of(higher, suspectId, victimId, occasionIds, Rules.plus(basis, ruleId));
    }

    @Override
    public List<String> personIds() {
        return List.of(suspectId, victimId);
    }
}
