package org.hocr.core.facts;

import java.util.Collection;
import java.util.List;

/**
 * An offence the conduct amounts to for one victim, with the rule ids that established it.
 *
 * @param group       how the counting rules treat it (copied from the kind so rules can match on it)
 * @param rank        orders course-of-conduct offences for one victim (P1)
 * @param seriousness for the Principal Crime Rule (P3): the statutory maximum, then the kind, as one number
 * @param key         distinguishes offences of the same kind for one victim (the first occasion, or the order)
 * @param jointSuspectIds the other suspects of one crime by suspects acting together (P1), sorted
 * @param jointVictimIds  the other victims of one breach crime, equal to {@code victimId} (B4), sorted
 */
public record Offence(String suspectId, String victimId, OffenceKind kind, OffenceKind.Group group, int rank,
                      int seriousness, String key, List<String> occasionIds, List<String> basis,
                      List<String> jointSuspectIds, List<String> jointVictimIds) implements Evidence {

    public static Offence of(OffenceKind kind, String suspectId, String victimId, List<String> occasionIds,
                             List<String> basis) {
        return of(kind, kind.maxMonths(), suspectId, victimId, occasionIds, basis);
    }

    /** An offence whose maximum at the time of the conduct differs from today's. */
    public static Offence of(OffenceKind kind, int maxMonths, String suspectId, String victimId,
                             List<String> occasionIds, List<String> basis) {
        String key = occasionIds.isEmpty() ? "" : occasionIds.get(0);
        return new Offence(suspectId, victimId, kind, kind.group(), kind.rank(), maxMonths * 1000 - kind.rank(), key,
                occasionIds, basis, List.of(), List.of());
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
                jointSuspectIds, jointVictimIds);
    }

    /** The same offence counted at a different statutory maximum (the maximum in force at the time). */
    public Offence atMaximum(int maxMonths, String ruleId) {
        return new Offence(suspectId, victimId, kind, group, rank, maxMonths * 1000 - rank, key, occasionIds,
                Rules.plus(basis, ruleId), jointSuspectIds, jointVictimIds);
    }

    /** The same course with its occasions limited to a period (K4), adding the rule that limited it. */
    public Offence over(List<String> periodOccasionIds, String periodKey, String ruleId) {
        return new Offence(suspectId, victimId, kind, group, rank, seriousness, periodKey, periodOccasionIds,
                Rules.plus(basis, ruleId), jointSuspectIds, jointVictimIds);
    }

    /**
     * The same offence committed by several suspects acting together on the same occasions (P1: one crime per
     * victim). The suspects are equals: they are kept in a canonical order (sorted), the first in {@code suspectId}
     * and the others in {@code jointSuspectIds}, so that the crime never depends on which suspect was met first
     * (finding F4). {@code others} are the same offence for the other suspects; their bases are joined.
     */
    public Offence jointlyWith(Collection<Offence> others) {
        java.util.TreeSet<String> suspects = new java.util.TreeSet<>(suspectIds());
        List<String> joined = basis;
        for (Offence other : others.stream().sorted(java.util.Comparator.comparing(Offence::suspectId)).toList()) {
            suspects.addAll(other.suspectIds());
            joined = Rules.plus(joined, other.basis.toArray(String[]::new));
        }
        List<String> all = List.copyOf(suspects);
        return new Offence(all.get(0), victimId, kind, group, rank, seriousness, key, occasionIds,
                Rules.plus(joined, "P1"), all.subList(1, all.size()), jointVictimIds);
    }

    /**
     * The same offence against several victims as equals (B4: one breach crime for the order, breached towards
     * several protected persons that the facts do not tell apart): sorted, the first in {@code victimId}.
     */
    public Offence againstAll(List<String> victims) {
        List<String> all = List.copyOf(new java.util.TreeSet<>(victims));
        return new Offence(suspectId, all.get(0), kind, group, rank, seriousness, key, occasionIds, basis,
                jointSuspectIds, all.subList(1, all.size()));
    }

    /** Every victim of this offence, sorted: its victim and the equal ones (B4). */
    public List<String> victimIds() {
        if (jointVictimIds.isEmpty()) {
            return List.of(victimId);
        }
        java.util.TreeSet<String> all = new java.util.TreeSet<>(jointVictimIds);
        all.add(victimId);
        return List.copyOf(all);
    }

    /** Every suspect of this offence, sorted: its suspect and those who acted together with it. */
    public List<String> suspectIds() {
        if (jointSuspectIds.isEmpty()) {
            return List.of(suspectId);
        }
        java.util.TreeSet<String> all = new java.util.TreeSet<>(jointSuspectIds);
        all.add(suspectId);
        return List.copyOf(all);
    }

    /** Whether the two offences have a suspect in common (the same offender, for the per-offender rules). */
    public boolean sharesSuspectWith(Offence other) {
        return Rules.anyIn(other.suspectIds(), suspectIds());
    }

    /** The statutory maximum in months this offence was counted at. */
    public int maxMonths() {
        return (seriousness + rank) / 1000;
    }

    @Override
    public List<String> personIds() {
        if (jointSuspectIds.isEmpty() && jointVictimIds.isEmpty()) {
            return List.of(suspectId, victimId);
        }
        List<String> ids = new java.util.ArrayList<>(suspectIds());
        ids.addAll(victimIds());
        return List.copyOf(ids);
    }
}
