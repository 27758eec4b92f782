package org.hocr.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rulebook's named options: points where the brief's sources could not be read word for word or have
 * changed over time (marked "configurable" in the brief), each with the brief's default. Every decision lists
 * the options it depended on and their values.
 *
 * @param wideGapDays              C3: if no two occasions of a course are within this many days of each other,
 *                                 ask whether they are connected. Default 90 (Lau v DPP: four months apart was not
 *                                 enough).
 * @param tenYearMaximumFrom       P3: conduct on or after this date counts s4 and s4A at their 10-year maximum
 *                                 (Policing and Crime Act 2017); before it, 5 years. Default 2017-04-03.
 * @param principalCrimeOnlyFrom   P3: recording date from which only the principal crime is recorded and the others
 *                                 are included classifications. Default 2023-05-01.
 * @param stalkingBesidePrincipal  P3: whether, from {@code principalCrimeOnlyFrom}, stalking, harassment and
 *                                 controlling or coercive behaviour are still recorded beside the principal crime.
 *                                 Default false.
 * @param onlineSafetyActCode      M3: the HOCR classification for Online Safety Act 2023 s179 and s181. Default 8R.
 * @param controllingCoerciveCode  K1: the HOCR classification for controlling or coercive behaviour. Default 8U.
 * @param breachCounting           B4: one crime per offender per order, or one per breach. Default one per order.
 * @param finishedIncidentCutOff   P2: the police action after which new conduct starts a new course. Default
 *                                 arrest or charge.
 * @param timeLimitWarningDays     D9: warn this many days before the six-month time limit. Default 28.
 * @param breachOfOrderCode        B4: the HOCR classification for breaches of orders. Default 8L (the counting-rules
 *                                 text could not be read; see the README).
 * @param breachAlongsideCourseFrom B2: recording date from which stalking or harassment is recorded as well as the
 *                                 breach; before it the counting rules recorded only the stalking or harassment
 *                                 (HMICFRS 2019 quotes both). Default 2002-04-01: the brief applies B2 at every
 *                                 date; set it to the date of the guidance change (which could not be read) to
 *                                 reproduce the earlier rule.
 */
public record RulebookOptions(int wideGapDays, LocalDate tenYearMaximumFrom, LocalDate principalCrimeOnlyFrom,
                              boolean stalkingBesidePrincipal, String onlineSafetyActCode,
                              String controllingCoerciveCode, BreachCounting breachCounting,
                              FinishedIncidentCutOff finishedIncidentCutOff, int timeLimitWarningDays,
                              String breachOfOrderCode, LocalDate breachAlongsideCourseFrom) {

    /** How breaches of one order in one report are counted (brief B4). */
    public enum BreachCounting {
        /** One crime for each offender for each order, covering every breach. */
        ONE_PER_ORDER,
        /** One crime for each occasion in breach. */
        ONE_PER_BREACH
    }

    /** What ends a course of conduct for the Finished Incident Rule (brief P2). */
    public enum FinishedIncidentCutOff {
        /** The suspect was arrested or charged for the earlier conduct. */
        ARREST_OR_CHARGE,
        /** The suspect was charged for the earlier conduct. */
        CHARGE,
        /** The earlier conduct was recorded as a crime. */
        RECORDING
    }

    public RulebookOptions {
        if (wideGapDays < 1) {
            throw new IllegalArgumentException("wideGapDays must be at least 1");
        }
        if (timeLimitWarningDays < 0) {
            throw new IllegalArgumentException("timeLimitWarningDays must not be negative");
        }
        if (tenYearMaximumFrom == null || principalCrimeOnlyFrom == null || onlineSafetyActCode == null
                || controllingCoerciveCode == null || breachCounting == null || finishedIncidentCutOff == null
                || breachOfOrderCode == null || breachAlongsideCourseFrom == null) {
            throw new IllegalArgumentException("every rulebook option needs a value");
        }
    }

    /** The brief's defaults. */
    public static RulebookOptions defaults() {
        return new RulebookOptions(90, LocalDate.of(2017, 4, 3), LocalDate.of(2023, 5, 1), false, "8R", "8U",
                BreachCounting.ONE_PER_ORDER, FinishedIncidentCutOff.ARREST_OR_CHARGE, 28, "8L",
                LocalDate.of(2002, 4, 1));
    }

    /** Every option by name, as decisions report them. */
    public Map<String, String> byName() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("wideGapDays", String.valueOf(wideGapDays));
        values.put("tenYearMaximumFrom", tenYearMaximumFrom.toString());
        values.put("principalCrimeOnlyFrom", principalCrimeOnlyFrom.toString());
        values.put("stalkingBesidePrincipal", String.valueOf(stalkingBesidePrincipal));
        values.put("onlineSafetyActCode", onlineSafetyActCode);
        values.put("controllingCoerciveCode", controllingCoerciveCode);
        values.put("breachCounting", breachCounting.name());
        values.put("finishedIncidentCutOff", finishedIncidentCutOff.name());
        values.put("timeLimitWarningDays", String.valueOf(timeLimitWarningDays));
        values.put("breachOfOrderCode", breachOfOrderCode);
        values.put("breachAlongsideCourseFrom", breachAlongsideCourseFrom.toString());
        return values;
    }

    /**
     * These options with some changed by name (as in {@link #byName()}), for command lines and scenario files.
     *
     * @throws IllegalArgumentException naming the option whose name or value is not valid
     */
    public RulebookOptions with(Map<String, String> changes) {
        Map<String, String> v = byName();
        for (Map.Entry<String, String> change : changes.entrySet()) {
            if (!v.containsKey(change.getKey())) {
                throw new IllegalArgumentException("unknown rulebook option '" + change.getKey() + "'; options are " + v.keySet());
            }
            v.put(change.getKey(), change.getValue());
        }
        try {
            return new RulebookOptions(Integer.parseInt(v.get("wideGapDays")), LocalDate.parse(v.get("tenYearMaximumFrom")),
                    LocalDate.parse(v.get("principalCrimeOnlyFrom")), Boolean.parseBoolean(v.get("stalkingBesidePrincipal")),
                    v.get("onlineSafetyActCode"), v.get("controllingCoerciveCode"),
                    BreachCounting.valueOf(v.get("breachCounting")),
                    FinishedIncidentCutOff.valueOf(v.get("finishedIncidentCutOff")),
                    Integer.parseInt(v.get("timeLimitWarningDays")), v.get("breachOfOrderCode"),
                    LocalDate.parse(v.get("breachAlongsideCourseFrom")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid rulebook option value in " + changes.keySet() + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    public RulebookOptions withWideGapDays(int value) {
        return new RulebookOptions(value, tenYearMaximumFrom, principalCrimeOnlyFrom, stalkingBesidePrincipal,
                onlineSafetyActCode, controllingCoerciveCode, breachCounting, finishedIncidentCutOff, timeLimitWarningDays,
                breachOfOrderCode, breachAlongsideCourseFrom);
    }

    public RulebookOptions withPrincipalCrimeOnlyFrom(LocalDate value, boolean stalkingBeside) {
        return new RulebookOptions(wideGapDays, tenYearMaximumFrom, value, stalkingBeside,
                onlineSafetyActCode, controllingCoerciveCode, breachCounting, finishedIncidentCutOff, timeLimitWarningDays,
                breachOfOrderCode, breachAlongsideCourseFrom);
    }

    public RulebookOptions withBreachCounting(BreachCounting value) {
        return new RulebookOptions(wideGapDays, tenYearMaximumFrom, principalCrimeOnlyFrom, stalkingBesidePrincipal,
                onlineSafetyActCode, controllingCoerciveCode, value, finishedIncidentCutOff, timeLimitWarningDays,
                breachOfOrderCode, breachAlongsideCourseFrom);
    }

    public RulebookOptions withFinishedIncidentCutOff(FinishedIncidentCutOff value) {
        return new RulebookOptions(wideGapDays, tenYearMaximumFrom, principalCrimeOnlyFrom, stalkingBesidePrincipal,
                onlineSafetyActCode, controllingCoerciveCode, breachCounting, value, timeLimitWarningDays, breachOfOrderCode, breachAlongsideCourseFrom);
    }

    public RulebookOptions withCodes(String onlineSafetyAct, String controllingCoercive) {
        return new RulebookOptions(wideGapDays, tenYearMaximumFrom, principalCrimeOnlyFrom, stalkingBesidePrincipal,
                onlineSafetyAct, controllingCoercive, breachCounting, finishedIncidentCutOff, timeLimitWarningDays,
                breachOfOrderCode, breachAlongsideCourseFrom);
    }
}
