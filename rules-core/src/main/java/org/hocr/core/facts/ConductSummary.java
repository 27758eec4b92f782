package org.hocr.core.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hocr.api.Answer;

/**
 * Everything one suspect did towards one person, summarised once so that rules reason over counts and not over
 * pairs of occasions (which would be quadratic in the size of a case).
 *
 * @param occasionIds      the occasions, in date order
 * @param closestGapDays   the smallest gap in days between consecutive occasions ({@code -1} for one occasion)
 * @param fear             occasions on which the person feared violence
 * @param fearUnknown      occasions on which it is not known whether they did
 * @param distress         occasions on which the person was alarmed or distressed (or feared, or seriously so)
 * @param distressUnknown  occasions on which that is not known
 * @param serious          occasions on which the alarm or distress was serious
 * @param seriousUnknown   occasions on which that is not known
 * @param online           occasions done in full or in part online
 * @param via              the rule ids that counted the occasions towards the person (C1, C4)
 */
public record ConductSummary(String suspectId, String victimId, List<String> occasionIds, LocalDate first,
                             LocalDate last, long closestGapDays, List<String> fear, List<String> fearUnknown,
                             List<String> distress, List<String> distressUnknown, List<String> serious,
                             List<String> seriousUnknown, List<String> online, List<String> via,
                             List<LocalDate> dates) implements Evidence {

    /** Summarises the occasions (several reasons may bring the same occasion; it is counted once). */
    public static ConductSummary of(String suspectId, String victimId, List<Towards> towards) {
        List<Towards> sorted = new ArrayList<>(towards);
        sorted.sort(Comparator.comparing(Towards::date).thenComparing(Towards::occasionId));
        Set<String> ids = new LinkedHashSet<>();
        List<Towards> distinct = new ArrayList<>();
        for (Towards t : sorted) {
            if (ids.add(t.occasionId())) {
                distinct.add(t);
            }
        }
        long closest = -1;
        for (int i = 1; i < distinct.size(); i++) {
            long gap = ChronoUnit.DAYS.between(distinct.get(i - 1).date(), distinct.get(i).date());
            closest = closest < 0 ? gap : Math.min(closest, gap);
        }
        List<String> fear = new ArrayList<>();
        List<String> fearUnknown = new ArrayList<>();
        List<String> distress = new ArrayList<>();
        List<String> distressUnknown = new ArrayList<>();
        List<String> serious = new ArrayList<>();
        List<String> seriousUnknown = new ArrayList<>();
        List<String> online = new ArrayList<>();
        Set<String> via = new java.util.TreeSet<>();
        for (Towards t : sorted) {
            via.add(t.ruleId());
        }
        for (Towards t : distinct) {
            if (t.online() == Answer.YES) {
                online.add(t.occasionId());
            }
            sort(t.occasionId(), t.fearedViolence(), fear, fearUnknown);
            sort(t.occasionId(), t.seriousAlarmOrDistress(), serious, seriousUnknown);
            // Fear of violence and serious alarm are alarm; only an answer to the lesser question is otherwise unknown.
            Answer anyDistress = t.fearedViolence() == Answer.YES || t.seriousAlarmOrDistress() == Answer.YES
                    ? Answer.YES : t.alarmOrDistress();
            sort(t.occasionId(), anyDistress, distress, distressUnknown);
        }
        return new ConductSummary(suspectId, victimId, List.copyOf(ids), distinct.get(0).date(),
                distinct.get(distinct.size() - 1).date(), closest, List.copyOf(fear), List.copyOf(fearUnknown),
                List.copyOf(distress), List.copyOf(distressUnknown), List.copyOf(serious),
                List.copyOf(seriousUnknown), List.copyOf(online), List.copyOf(via),
                distinct.stream().map(Towards::date).toList());
    }

    private static void sort(String id, Answer answer, List<String> yes, List<String> unknown) {
        if (answer == Answer.YES) {
            yes.add(id);
        } else if (answer == Answer.UNKNOWN) {
            unknown.add(id);
        }
    }

    /** How many occasions fell on or after a date (an offence's commencement). */
    public int countFrom(LocalDate date) {
        int count = 0;
        for (LocalDate d : dates) {
            if (!d.isBefore(date)) {
                count++;
            }
        }
        return count;
    }

    /** How many occasions. */
    public int count() {
        return occasionIds.size();
    }

    @Override
    public List<String> personIds() {
        return List.of(suspectId, victimId);
    }
}
