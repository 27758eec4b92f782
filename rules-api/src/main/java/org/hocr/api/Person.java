package org.hocr.api;

/**
 * A person in a report.
 *
 * @param id             stable id, unique within the report (for example {@code "V1"}); never a name
 * @param role           victim, suspect or third party
 * @param kind           individual or organisation; {@code null} means individual
 * @param thirdPartyKind for a third party, how they stand to the victim; otherwise {@code null}
 * @param label          optional free text for people reading the report (may hold personal data; never logged)
 */
public record Person(String id, PersonRole role, PersonKind kind, ThirdPartyKind thirdPartyKind, String label) {

    public Person {
        kind = kind == null ? PersonKind.INDIVIDUAL : kind;
    }

    /** An individual victim. */
    public static Person victim(String id) {
        return new Person(id, PersonRole.VICTIM, PersonKind.INDIVIDUAL, null, null);
    }

    /** An individual suspect. */
    public static Person suspect(String id) {
        return new Person(id, PersonRole.SUSPECT, PersonKind.INDIVIDUAL, null, null);
    }

    /** An individual third party. */
    public static Person thirdParty(String id, ThirdPartyKind kind) {
        return new Person(id, PersonRole.THIRD_PARTY, PersonKind.INDIVIDUAL, kind, null);
    }

    /** An organisation named as a victim (a company cannot be harassed: C5). */
    public static Person organisationVictim(String id) {
        return new Person(id, PersonRole.VICTIM, PersonKind.ORGANISATION, null, null);
    }

    /** This person with a free-text label. */
    public Person withLabel(String newLabel) {
        return new Person(id, role, kind, thirdPartyKind, newLabel);
    }
}
