package org.hocr.api;

/**
 * How one person reacted on one occasion, as far as known. Each is a judgement for the officer
 * or registrar; the rules never supply one.
 *
 * @param personId               whose reaction this is
 * @param fearedViolence         whether the person feared violence would be used against them
 * @param alarmOrDistress        whether the person was alarmed or distressed
 * @param seriousAlarmOrDistress whether the alarm or distress was serious
 */
public record Reaction(String personId, Answer fearedViolence, Answer alarmOrDistress, Answer seriousAlarmOrDistress) {

    public Reaction {
        fearedViolence = Answer.orUnknown(fearedViolence);
        alarmOrDistress = Answer.orUnknown(alarmOrDistress);
        seriousAlarmOrDistress = Answer.orUnknown(seriousAlarmOrDistress);
    }

    /** Alarm or distress known, fear and seriousness not known. */
    public static Reaction distressed(String personId) {
        return new Reaction(personId, Answer.UNKNOWN, Answer.YES, Answer.UNKNOWN);
    }

    /** Feared violence (and so was alarmed). */
    public static Reaction fearedViolence(String personId) {
        return new Reaction(personId, Answer.YES, Answer.YES, Answer.UNKNOWN);
    }
}
