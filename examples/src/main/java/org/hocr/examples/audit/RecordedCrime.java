package org.hocr.examples.audit;

/**
 * One crime as the force recorded it.
 *
 * @param hocrCode    the Home Office classification recorded ("8Q")
 * @param legislation the Act and section, worded as decisions word it ("Protection from Harassment Act 1997 s4A");
 *                    give this or {@code section}
 * @param section     a short form of the section ("s4A", "s363", "MCA s1"): see {@link Offences#SECTIONS}
 * @param victimId    the victim, a person id of the report
 * @param suspectId   the suspect, a person id of the report; {@code null} if none was recorded
 */
public record RecordedCrime(String hocrCode, String legislation, String section, String victimId, String suspectId) {
}
