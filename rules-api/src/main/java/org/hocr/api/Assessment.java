package org.hocr.api;

/**
 * The officer's or registrar's judgements about one suspect's conduct towards one victim.
 * Anything left out is unknown; the rules ask for it when it matters.
 *
 * @param suspectId          the suspect
 * @param victimId           the victim
 * @param occasionsConnected are the occasions connected (same purpose, type or motive) so as to form a
 *                           course of conduct? (PHA 1997 s7; Lau v DPP)
 * @param focus              is the conduct about the person or about an issue?
 * @param aimToPersuade      did the suspect mean, by conduct towards several persons, to persuade someone to
 *                           do or not do something? (PHA 1997 s1(1A))
 */
public record Assessment(String suspectId, String victimId, Answer occasionsConnected, ConductFocus focus,
                         Answer aimToPersuade) {

    public Assessment {
        occasionsConnected = Answer.orUnknown(occasionsConnected);
        focus = focus == null ? ConductFocus.UNKNOWN : focus;
        aimToPersuade = Answer.orUnknown(aimToPersuade);
    }
}
