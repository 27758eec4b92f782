package org.hocr.examples.audit;

import java.util.Locale;

/**
 * The columns of a CSV batch: one row per occasion, the rows of a case together and sharing its case id. Columns
 * may come in any order; the required ones must be present. Lists inside a cell are separated by {@code ;}.
 */
public enum CsvColumn {
    CASE_ID("caseId", true, "the case (report) reference; on every row; a case's rows are consecutive"),
    AS_AT("asAt", true, "the recording date (YYYY-MM-DD), on the case's first row; later rows blank or the same"),
    OCCASION_ID("occasionId", true, "the occasion's id, unique within the case"),
    DATE("date", true, "when the occasion happened (YYYY-MM-DD)"),
    SUSPECT_ID("suspectId", true, "the suspect who acted"),
    VICTIM_ID("victimId", true, "the person the conduct was aimed at (one per row)"),
    RELATIONSHIP("relationship", false, "how the suspect stands to the victim (RelationshipKind); the same on every row of the pair"),
    BEHAVIOURS("behaviours", true, "what the suspect did (Behaviour names, ';'-separated)"),
    ONLINE("online", false, "done through a computer, network or device: YES, NO or blank (unknown)"),
    FEARED_VIOLENCE("fearedViolence", false, "the victim feared violence on this occasion: YES, NO or blank"),
    ALARM_OR_DISTRESS("alarmOrDistress", false, "the victim was alarmed or distressed: YES, NO or blank"),
    SERIOUS_ALARM_OR_DISTRESS("seriousAlarmOrDistress", false, "the alarm or distress was serious: YES, NO or blank"),
    SUBSTANTIAL_ADVERSE_EFFECT("substantialAdverseEffect", false,
            "the conduct had a substantial adverse effect on the victim's day-to-day activities: YES, NO or blank; the same on every row of the victim"),
    FOCUS("focus", false, "the officer's judgement: the conduct is about the PERSON or an ISSUE; the same on every row of the pair"),
    ORDER_ID("orderId", false, "an order against this row's suspect protecting this row's victim (declare on one row or more)"),
    ORDER_TYPE("orderType", false, "the order's type (OrderType), where the order is declared"),
    ORDER_MADE("orderMade", false, "the date the order was made, where the order is declared"),
    BREACH_OF("breachOf", false, "ids of orders this occasion is said to breach (';'-separated)"),
    CONTENT("content", false, "for a communication, what it contained (ContentKind names, ';'-separated)"),
    PURPOSE("purpose", false, "for a communication, the sender's purpose (SenderPurpose)"),
    NETWORK("network", false, "for a communication, how it was sent (Network)"),
    RECORDED_CRIMES("recordedCrimes", false,
            "first row only: the crimes the force recorded, ';'-separated, each code:section:victim[:suspect], for example 8Q:s4A:V1:S1"),
    RECORDED_CRIME_COUNT("recordedCrimeCount", true, "first row only: the number of crimes the force recorded (0 if none)"),
    OUTCOME_CODE("outcomeCode", false, "first row only: the Home Office outcome code assigned, if any");

    private final String header;
    private final boolean required;
    private final String meaning;

    CsvColumn(String header, boolean required, String meaning) {
        this.header = header;
        this.required = required;
        this.meaning = meaning;
    }

    /** The column's name in the header row. */
    public String header() {
        return header;
    }

    /** Whether a batch must have this column. */
    public boolean required() {
        return required;
    }

    /** What the column holds. */
    public String meaning() {
        return meaning;
    }

    /** The column with this header name (ignoring case), or {@code null}. */
    public static CsvColumn byHeader(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (CsvColumn column : values()) {
            if (column.header.toLowerCase(Locale.ROOT).equals(wanted)) {
                return column;
            }
        }
        return null;
    }
}
