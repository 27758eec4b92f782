package org.hocr.core.facts;

/** An offence covered by another crime and not counted on its own (M2: the course of conduct wins). */
public record Covered(Offence offence, String ruleId) {
}
