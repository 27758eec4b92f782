package org.hocr.api;

/**
 * Another offence committed on an occasion, against one person.
 *
 * @param kind     the offence
 * @param victimId its victim
 */
public record OtherOffence(OtherOffenceKind kind, String victimId) {
}
