package org.hocr.core.facts;

/**
 * An offence kept out of the counting: covered by another crime (M2: the course of conduct wins), or not notifiable
 * when recorded (N1: malicious communications before April 2015), so it is never weighed as the principal crime.
 */
public record Covered(Offence offence, String ruleId) {
}
