package org.hocr.core.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hocr.api.Answer;
import org.hocr.api.Crime;

/**
 * Small helpers the rules call: list building and wording. None of them decides anything; the rules do.
 */
public final class Rules {
    private Rules() {
    }

    /** The rule ids so far, with one more at the end (kept once, in order). */
    public static List<String> plus(List<String> ruleIds, String... more) {
        Set<String> ids = new LinkedHashSet<>(ruleIds);
        ids.addAll(List.of(more));
        return List.copyOf(ids);
    }

    /** The rule ids so far, with those of each ground added. */
    public static List<String> plusGrounds(List<String> ruleIds, Collection<? extends Object> grounds, String last) {
        Set<String> ids = new LinkedHashSet<>(ruleIds);
        for (Object ground : grounds) {
            if (ground instanceof StalkingGround g) {
                ids.add(g.ruleId());
            } else if (ground instanceof SeriousGround g) {
                ids.add(g.ruleId());
            }
        }
        ids.add(last);
        return List.copyOf(ids);
    }

    /** The distinct occasion ids of some evidence, in first-seen order. */
    public static List<String> occasionsOf(Collection<? extends Evidence> evidence) {
        Set<String> ids = new LinkedHashSet<>();
        for (Evidence e : evidence) {
            ids.addAll(e.occasionIds());
        }
        return List.copyOf(ids);
    }

    /** The distinct occasion ids of some breach claims, in date order (ids only break ties of one day). */
    public static List<String> claimOccasions(Collection<BreachClaim> claims) {
        return claims.stream().sorted(java.util.Comparator.comparing(BreachClaim::date)
                        .thenComparing(BreachClaim::occasionId))
                .map(BreachClaim::occasionId).distinct().toList();
    }

    /** The ids of some persons, sorted: a list of equals, in a canonical order. */
    public static List<String> personIds(Collection<PersonFact> persons) {
        return persons.stream().map(PersonFact::id).distinct().sorted().toList();
    }

    /** The distinct occasion ids of some acts, in date order. */
    public static List<String> occasionsByDate(Collection<Act> acts) {
        return acts.stream().sorted(java.util.Comparator.comparing(Act::date).thenComparing(Act::occasionId))
                .map(Act::occasionId).distinct().toList();
    }

    /** The ids of some occasions. */
    public static List<String> idsOf(Collection<OccasionFact> occasions) {
        return occasions.stream().map(OccasionFact::id).sorted().toList();
    }

    /** "O1, O2 and O3", or "none". */
    public static String ids(Collection<String> ids) {
        List<String> list = new ArrayList<>(ids);
        if (list.isEmpty()) {
            return "none";
        }
        if (list.size() == 1) {
            return list.get(0);
        }
        int shown = Math.min(list.size(), 12);
        String head = String.join(", ", list.subList(0, shown - 1));
        String tail = list.size() > shown ? list.get(shown - 1) + " and " + (list.size() - shown) + " more"
                : list.get(shown - 1);
        return head + " and " + tail;
    }

    /** "1 occasion (O3)" / "2 occasions (O1 and O2)" / "no occasion". */
    public static String occasions(Collection<String> ids) {
        if (ids.isEmpty()) {
            return "no occasion";
        }
        return ids.size() + (ids.size() == 1 ? " occasion (" : " occasions (") + ids(ids) + ")";
    }

    /** The crime to record, with the classification code a rule chose. */
    public static Crime crime(Recordable recordable, String hocrCode, String ruleId) {
        Offence offence = recordable.offence();
        return new Crime(offence.kind().offence(), offence.kind().legislation(), hocrCode, offence.victimId(),
                offence.suspectId(), offence.occasionIds(), plus(recordable.basis(), ruleId), offence.jointSuspectIds(),
                offence.jointVictimIds());
    }

    /** Whether every one of the ids is in the list. */
    public static boolean allIn(List<String> ids, List<String> within) {
        return within.containsAll(ids);
    }

    /** The earliest date of some occasions. */
    public static LocalDate earliest(Collection<OccasionFact> occasions) {
        return occasions.stream().map(OccasionFact::date).min(java.util.Comparator.naturalOrder())
                .orElse(LocalDate.MIN);
    }

    /** The last occasion's date of some summaries of conduct. */
    public static LocalDate lastOf(Collection<ConductSummary> summaries) {
        return summaries.stream().map(ConductSummary::last).max(java.util.Comparator.naturalOrder())
                .orElse(LocalDate.MIN);
    }

    /** The offences of some counted crimes. */
    public static List<Offence> offencesOf(Collection<Counted> counted) {
        return counted.stream().map(Counted::offence).toList();
    }

    /**
     * The crime recorded for equally serious candidates of one incident that the facts cannot tell apart (P3): the
     * same kind of offence against the same victim by the same offender, first committed on the same day. They are
     * one crime covering all their occasions, so that the choice does not depend on the occasions' ids (finding
     * F4). One candidate is recorded as it is.
     */
    public static Offence together(Collection<Candidate> tied) {
        List<Offence> offences = tied.stream().map(Candidate::offence)
                .sorted(java.util.Comparator.comparing(Offence::key)).toList();
        Offence first = offences.get(0);
        if (offences.size() == 1) {
            return first;
        }
        Set<String> occasions = new java.util.TreeSet<>();
        List<String> basis = first.basis();
        for (Offence o : offences) {
            occasions.addAll(o.occasionIds());
            basis = plus(basis, o.basis().toArray(String[]::new));
        }
        return new Offence(first.suspectId(), first.victimId(), first.kind(), first.group(), first.rank(),
                first.seriousness(), first.key(), List.copyOf(occasions), basis, first.jointSuspectIds(),
                first.jointVictimIds());
    }

    /** Whether any of the ids is in the list (membership of occasions in a course). */
    public static boolean anyIn(List<String> ids, List<String> within) {
        for (String id : ids) {
            if (within.contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** Why the fear-of-violence limb is not met. */
    public static String fearShortfall(ConductSummary summary) {
        String reason = "the victim feared violence on " + occasions(summary.fear())
                + "; the offence needs fear on at least two occasions";
        if (!summary.fearUnknown().isEmpty()) {
            reason += " (not known for " + ids(summary.fearUnknown()) + ")";
        }
        return reason;
    }

    /** Why the serious-alarm-or-distress limb of s4A is not met. */
    public static String seriousShortfall(ConductSummary summary, Answer substantialAdverseEffect) {
        String serious = summary.serious().isEmpty()
                ? (summary.seriousUnknown().isEmpty() ? "no serious alarm or distress"
                        : "serious alarm or distress not known")
                : "serious alarm or distress on " + occasions(summary.serious());
        String effect = switch (substantialAdverseEffect) {
            case YES -> "a substantial adverse effect on day-to-day activities";
            case NO -> "no substantial adverse effect on day-to-day activities";
            case UNKNOWN -> "a substantial adverse effect on day-to-day activities not known";
        };
        return serious + " and " + effect + "; s4A(1)(b)(ii) needs both";
    }

    /** The last day to lay information for a summary-only offence: six months after the last occasion. */
    public static LocalDate timeLimit(LocalDate lastOccasion) {
        return lastOccasion.plusMonths(6);
    }

    /** "RACE, SEXUAL_ORIENTATION": the distinct bases of some hostility. */
    public static String bases(Collection<HostilityFact> hostility) {
        Set<String> names = new java.util.TreeSet<>();
        for (HostilityFact h : hostility) {
            names.add(h.basis().name());
        }
        return String.join(", ", names);
    }

    /** "Stalking (s2A) and Criminal damage (s1(1))": the short names of some recordable crimes. */
    public static String kinds(Collection<Recordable> recorded) {
        Set<String> names = new java.util.TreeSet<>();
        for (Recordable r : recorded) {
            names.add(r.kind().shortName());
        }
        return String.join(" and ", names);
    }

    /** Those of an offence's occasions that fall on or after a date (an offence's commencement), in their order. */
    public static List<String> from(List<String> occasionIds, ConductSummary summary, LocalDate date) {
        Set<String> after = new java.util.HashSet<>(from(summary, date));
        return occasionIds.stream().filter(after::contains).toList();
    }

    /** The summary's occasions on or after a date (an offence's commencement), in date order. */
    public static List<String> from(ConductSummary summary, LocalDate date) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < summary.dates().size(); i++) {
            if (!summary.dates().get(i).isBefore(date)) {
                ids.add(summary.occasionIds().get(i));
            }
        }
        return ids;
    }

    /** The occasions of some controlling or coercive acts, in date order. */
    public static List<String> ccbOccasions(Collection<CcbAct> acts) {
        return acts.stream().sorted(java.util.Comparator.comparing(CcbAct::date).thenComparing(CcbAct::occasionId))
                .map(CcbAct::occasionId).distinct().toList();
    }

    /** How many of the acts had the answer YES for fear of violence, and for serious alarm or distress. */
    public static int fearCount(Collection<CcbAct> acts) {
        return (int) acts.stream().filter(a -> a.fearedViolence() == Answer.YES).map(CcbAct::occasionId).distinct().count();
    }

    /**
     * Whether controlling acts had a serious effect (s76(4)): fear of violence on two occasions, or serious alarm or
     * distress with a substantial adverse effect. Takes the accumulated list as the rule engine types it.
     */
    public static boolean ccbSeriousEffect(Object acts, Answer substantialAdverseEffect) {
        List<CcbAct> list = ccbActs(acts);
        return fearCount(list) >= 2 || (seriousCount(list) > 0 && substantialAdverseEffect == Answer.YES);
    }

    /** Whether the serious effect is neither shown nor ruled out by the answers given. */
    public static boolean ccbEffectUnsettled(Object acts, Answer substantialAdverseEffect) {
        List<CcbAct> list = ccbActs(acts);
        return !ccbSeriousEffect(acts, substantialAdverseEffect)
                && (fearPossible(list) >= 2 || (seriousPossible(list) > 0 && substantialAdverseEffect != Answer.NO));
    }

    private static List<CcbAct> ccbActs(Object acts) {
        List<CcbAct> list = new ArrayList<>();
        for (Object act : (Collection<?>) acts) {
            list.add((CcbAct) act);
        }
        return list;
    }

    /** How many acts could still show fear of violence (YES or not known), and serious alarm or distress. */
    public static int fearPossible(Collection<CcbAct> acts) {
        return (int) acts.stream().filter(a -> a.fearedViolence() != Answer.NO).map(CcbAct::occasionId).distinct().count();
    }

    public static int seriousPossible(Collection<CcbAct> acts) {
        return (int) acts.stream().filter(a -> a.seriousAlarmOrDistress() != Answer.NO).map(CcbAct::occasionId)
                .distinct().count();
    }

    public static int seriousCount(Collection<CcbAct> acts) {
        return (int) acts.stream().filter(a -> a.seriousAlarmOrDistress() == Answer.YES).map(CcbAct::occasionId)
                .distinct().count();
    }

    /** The breaches in date order: their occasions. */
    public static List<String> breachOccasions(Collection<Breach> breaches) {
        return breaches.stream().sorted(java.util.Comparator.comparing(Breach::date).thenComparing(Breach::occasionId))
                .map(Breach::occasionId).distinct().toList();
    }

    /**
     * The victims of the one breach crime for an order (B4), chosen by the facts: the protected persons the order was
     * breached towards first (earliest date); of those, the ones it was breached towards on the most occasions.
     * Persons still tied are all named, sorted, as equal victims of the one crime: never the first by id or by
     * input order (finding F4).
     */
    public static List<String> breachVictims(Collection<Breach> breaches) {
        java.util.Map<String, LocalDate> first = new java.util.HashMap<>();
        java.util.Map<String, Set<String>> occasions = new java.util.HashMap<>();
        for (Breach b : breaches) {
            first.merge(b.personId(), b.date(), (x, y) -> x.isBefore(y) ? x : y);
            occasions.computeIfAbsent(b.personId(), k -> new java.util.HashSet<>()).add(b.occasionId());
        }
        LocalDate earliest = first.values().stream().min(java.util.Comparator.naturalOrder()).orElseThrow();
        List<String> firstBreached = first.keySet().stream().filter(p -> first.get(p).equals(earliest)).toList();
        int most = firstBreached.stream().mapToInt(p -> occasions.get(p).size()).max().orElseThrow();
        return firstBreached.stream().filter(p -> occasions.get(p).size() == most).sorted().toList();
    }

    /** The crime for a breach: the victim is the protected person, the offence the order's. */
    public static Offence breachOffence(OffenceKind kind, String suspectId, String victimId, List<String> occasionIds,
                                        String orderId) {
        return Offence.of(kind, suspectId, victimId, occasionIds, List.of("B5", "B4")).keyedBy(orderId);
    }

    /** The crime for the breaches of an order: its victims are the protected persons the facts single out (B4). */
    public static Offence breachOffence(OffenceKind kind, String suspectId, List<String> victimIds,
                                        List<String> occasionIds, String orderId) {
        return Offence.of(kind, suspectId, victimIds.get(0), occasionIds, List.of("B5", "B4")).keyedBy(orderId)
                .againstAll(victimIds);
    }
}
