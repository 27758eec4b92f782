package org.hocr.api;

/**
 * A person in a report.
 *
 * @param id             stable id, unique within the report (for example {@code "V1"}); never a name
 * @param role           victim, suspect or third party
 * @param kind           individual or organisation; {@code null} means individual
 * @param thirdPartyKind for a third party, how they stand to the victim; otherwise {@code null}
 * @param under16        whether the person is under 16 (controlling or coercive behaviour, brief K3)
 * @param label          optional free text for people reading the report (may hold personal data; never logged)
 */
public record Person(String id, PersonRole role, PersonKind kind, ThirdPartyKind thirdPartyKind, Answer under16,
                     String label) {

    public Person {
        kind = kind == null ? PersonKind.INDIVIDUAL : kind;
        under16 = Answer.orUnknown(under16);
    }

    /** An individual victim. */
    public static Person victim(String id) {
        return new Person(id, PersonRole.VICTIM, PersonKind.INDIVIDUAL, null, Answer.UNKNOWN, null);
    }

    /** An individual suspect. */
    public static Person suspect(String id) {
        return new Person(id, PersonRole.SUSPECT, PersonKind.INDIVIDUAL, null, Answer.UNKNOWN, null);
    }

    /** An individual third party. */
    public static Person thirdParty(String id, ThirdPartyKind kind) {
        return new Person(id, PersonRole.THIRD_PARTY, PersonKind.INDIVIDUAL, kind, Answer.UNKNOWN, null);
    }

    /** An organisation named as a victim (a company cannot be harassed: C5). */
    public static Person organisationVictim(String id) {
        return new Person(id, PersonRole.VICTIM, PersonKind.ORGANISATION, null, Answer.NO, null);
    }

    /** This person with a free-text label. */
    public Person withLabel(String newLabel) {
        return new Person(id, role, kind, thirdPartyKind, under16, newLabel);
    }
}
