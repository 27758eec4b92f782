package org.hocr.core.facts;

import java.util.List;

/**
 * An offence the conduct amounts to for one victim, with the rule ids that established it.
 *
 * @param group       how the counting rules treat it (copied from the kind so rules can match on it)
 * @param rank        orders course-of-conduct offences for one victim (P1)
 * @param seriousness for the Principal Crime Rule (P3): the statutory maximum, then the kind, as one number
 * @param key         distinguishes offences of the same kind for one victim (the first occasion, or the order)
 */
public record Offence(String suspectId, String victimId, OffenceKind kind, OffenceKind.Group group, int rank,
                      int seriousness, String key, List<String> occasionIds, List<String> basis,
                      List<String> jointSuspectIds) implements Evidence {

    public static Offence of(OffenceKind kind, String suspectId, String victimId, List<String> occasionIds,
                             List<String> basis) {
        return of(kind, kind.maxMonths(), suspectId, victimId, occasionIds, basis);
    }

    /** An offence whose maximum at the time of the conduct differs from today's. */
    public static Offence of(OffenceKind kind, int maxMonths, String suspectId, String victimId,
                             List<String> occasionIds, List<String> basis) {
        String key = occasionIds.isEmpty() ? "" : occasionIds.get(0);
        return new Offence(suspectId, victimId, kind, kind.group(), kind.rank(), maxMonths * 1000 - kind.rank(), key,
                occasionIds, basis, List.of());
    }

    /** This course of conduct as a more serious offence, adding the rule that made it so. */
    public Offence raisedTo(OffenceKind higher, String ruleId) {
        return of(higher, suspectId, victimId, occasionIds, Rules.plus(basis, ruleId));
    }

    /** This course of conduct as a more serious offence over some of its occasions (those after a commencement). */
    public Offence raisedTo(OffenceKind higher, List<String> someOccasionIds, String ruleId) {
        return of(higher, suspectId, victimId, someOccasionIds, Rules.plus(basis, ruleId));
    }

    /** The same offence keyed by something other than its first occasion (an order). */
    public Offence keyedBy(String newKey) {
        return new Offence(suspectId, victimId, kind, group, rank, seriousness, newKey, occasionIds, basis,
                jointSuspectIds);
    }

    /** The same offence counted at a different statutory maximum (the maximum in force at the time). */
    public Offence atMaximum(int maxMonths, String ruleId) {
        return new Offence(suspectId, victimId, kind, group, rank, maxMonths * 1000 - rank, key, occasionIds,
                Rules.plus(basis, ruleId), jointSuspectIds);
    }

    /** The same course with its occasions limited to a period (K4), adding the rule that limited it. */
    public Offence over(List<String> periodOccasionIds, String periodKey, String ruleId) {
        return new Offence(suspectId, victimId, kind, group, rank, seriousness, periodKey, periodOccasionIds,
                Rules.plus(basis, ruleId), jointSuspectIds);
    }

    /** The same offence, committed jointly with another suspect (P1: one crime per victim). */
    public Offence jointlyWith(String otherSuspectId) {
        return new Offence(suspectId, victimId, kind, group, rank, seriousness, key, occasionIds,
                Rules.plus(basis, "P1"), Rules.plus(jointSuspectIds, otherSuspectId));
    }

    /** The statutory maximum in months this offence was counted at. */
    public int maxMonths() {
        return (seriousness + rank) / 1000;
    }

    @Override
    public List<String> personIds() {
        return List.of(suspectId, victimId);
    }
}
