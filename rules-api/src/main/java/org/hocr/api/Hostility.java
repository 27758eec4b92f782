package org.hocr.api;

import java.util.List;

/**
 * Hostility a suspect showed towards a victim, or that motivated the conduct (CDA 1998 s28).
 *
 * @param suspectId   who showed it
 * @param victimId    towards whom
 * @param basis       race, religion, sexual orientation, disability or transgender identity
 * @param occasionIds the occasions on which it was shown; empty if it motivated the whole course
 */
public record Hostility(String suspectId, String victimId, HostilityBasis basis, List<String> occasionIds) {

    public Hostility {
        occasionIds = Lists.copy(occasionIds);
    }
}
