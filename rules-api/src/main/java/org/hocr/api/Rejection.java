package org.hocr.api;

/**
 * A classification the rules considered and did not count, with the reason: why not stalking, why not s4A,
 * why not a course of conduct, or which recorded crime includes it.
 *
 * @param classification what was considered ("Stalking s2A")
 * @param victimId       the victim it was considered for
 * @param suspectId      the suspect
 * @param reason         why it was not counted
 * @param ruleId         the brief rule id that decided
 */
public record Rejection(String classification, String victimId, String suspectId, String reason, String ruleId) {
}
