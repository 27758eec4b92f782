package org.hocr.core;

import java.time.LocalDate;
import java.util.Map;

/**
 * A rule's metadata from its DRL: its brief id, citations, the dates it applies between and which date decides.
 *
 * @param name          the rule's name
 * @param briefId       the brief's rule id (C1, S2…)
 * @param citation      the legislation or case law
 * @param countingRule  the counting-rule source, or empty
 * @param appliesFrom   first date it applies (inclusive)
 * @param appliesTo     last date it applies (inclusive), or {@code null} if open
 * @param recordingDate true if the recording date decides whether it applies; false for conduct dates (checked
 *                      by the rule itself against each occasion)
 * @param summary       what it establishes, in words
 * @param step          whether it appears as a step of the explanation
 * @param options       the rulebook options the rule depends on
 * @param salience      its stage in the rule base: rules of higher salience fire first; the explanation lists
 *                      steps by it
 */
public record RuleInfo(String name, String briefId, String citation, String countingRule, LocalDate appliesFrom,
                       LocalDate appliesTo, boolean recordingDate, String summary, boolean step,
                       java.util.List<String> options, int salience) {

    /** Reads the metadata; throws if a required key is missing, so a rule without a citation cannot ship. */
    static RuleInfo of(String name, Map<String, Object> meta, int salience) {
        String to = text(meta, "appliesTo", name, true);
        String basis = text(meta, "dateBasis", name, false);
        if (!basis.equals("recording") && !basis.equals("conduct")) {
            throw new IllegalStateException("Rule '" + name + "': dateBasis must be recording or conduct");
        }
        return new RuleInfo(name, text(meta, "briefId", name, false), text(meta, "citation", name, false),
                text(meta, "counting", name, true), LocalDate.parse(text(meta, "appliesFrom", name, false)),
                to.isEmpty() ? null : LocalDate.parse(to), basis.equals("recording"),
                text(meta, "summary", name, false), !"false".equals(text(meta, "step", name, true)),
                java.util.Arrays.stream(text(meta, "options", name, true).split(","))
                        .map(String::trim).filter(o -> !o.isEmpty()).toList(), salience);
    }

    /** Whether the rule applies on a recording date (always true for conduct-dated rules). */
    boolean appliesOn(LocalDate recordingDate) {
        if (!this.recordingDate) {
            return true;
        }
        return !recordingDate.isBefore(appliesFrom) && (appliesTo == null || !recordingDate.isAfter(appliesTo));
    }

    private static String text(Map<String, Object> meta, String key, String rule, boolean optional) {
        Object value = meta.get(key);
        if (value == null) {
            if (optional) {
                return "";
            }
            throw new IllegalStateException("Rule '" + rule + "' has no @" + key + " metadata");
        }
        String text = value.toString();
        // Runtime-built executable models keep the quote marks (see the Drools notes); strip them if present.
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }
}
