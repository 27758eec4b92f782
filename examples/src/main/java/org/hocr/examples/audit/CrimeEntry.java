package org.hocr.examples.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.hocr.api.Crime;
import org.hocr.core.facts.OffenceKind;

/**
 * A crime on either side of the comparison, the rules' or the force's, in the terms the comparison uses.
 *
 * @param hocrCode    the classification code
 * @param offence     the offence, or {@code null} if it is not one this audit knows (then {@code legislation} names it)
 * @param legislation the Act and section as given
 * @param victimId    the victim
 * @param suspectId   the suspect, or {@code null} if not recorded
 * @param jointSuspectIds for a crime the rules record, the other suspects who acted together with {@code suspectId}
 *                    (one crime per victim: P1); empty otherwise
 * @param jointVictimIds for a crime the rules record, the other victims named equally with {@code victimId} (one
 *                    breach of an order towards several protected persons at once: B4); empty otherwise
 */
public record CrimeEntry(String hocrCode, OffenceKind offence, String legislation, String victimId, String suspectId,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> jointSuspectIds,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> jointVictimIds) {

    public CrimeEntry {
        jointSuspectIds = jointSuspectIds == null ? List.of() : List.copyOf(jointSuspectIds);
        jointVictimIds = jointVictimIds == null ? List.of() : List.copyOf(jointVictimIds);
    }

    /** A crime the rules record. */
    static CrimeEntry of(Crime crime) {
        return new CrimeEntry(crime.hocrCode(), Offences.of(crime), crime.legislation(), crime.victimId(), crime.suspectId(),
                crime.jointSuspectIds(), crime.jointVictimIds());
    }

    /**
     * The rules' crime as the force's recording names it: where the rules name several victims as equals and the
     * force recorded the same crime for one of the others, it is compared as that victim's crime.
     */
    CrimeEntry asRecordedAmong(List<CrimeEntry> force) {
        if (jointVictimIds.isEmpty() || force.stream().anyMatch(f -> f.victimId.equals(victimId) && sameClassification(f))) {
            return this;
        }
        return force.stream().filter(f -> jointVictimIds.contains(f.victimId) && sameClassification(f)).findFirst()
                .map(f -> new CrimeEntry(hocrCode, offence, legislation, f.victimId, suspectId, jointSuspectIds,
                        jointVictimIds))
                .orElse(this);
    }

    /** A crime the force recorded (already checked by {@link RecordedCheck}). */
    static CrimeEntry of(RecordedCrime crime) {
        OffenceKind offence = crime.legislation() != null ? Offences.byLegislation(crime.legislation())
                : Offences.bySection(crime.section(), crime.hocrCode());
        String legislation = offence == null ? crime.legislation() : offence.legislation();
        return new CrimeEntry(crime.hocrCode().trim().toUpperCase(Locale.ROOT), offence, legislation,
                crime.victimId(), crime.suspectId(), List.of(), List.of());
    }

    /** The same offence and code (the suspect is compared separately). */
    boolean sameClassification(CrimeEntry other) {
        return hocrCode.equalsIgnoreCase(other.hocrCode)
                && (offence != null ? offence == other.offence : legislation.equalsIgnoreCase(other.legislation));
    }

    /**
     * Whether the suspects agree: a suspect recorded on one side is the suspect, or one of the joint suspects, on
     * the other; an unrecorded suspect agrees with any.
     */
    boolean sameSuspect(CrimeEntry other) {
        if (suspectId == null || other.suspectId == null) {
            return true;
        }
        return suspectId.equals(other.suspectId) || other.jointSuspectIds.contains(suspectId)
                || jointSuspectIds.contains(other.suspectId);
    }

    /** The offence's group, or {@code null} if the offence is not known. */
    OffenceKind.Group group() {
        return offence == null ? null : offence.group();
    }

    /** "8Q Stalking (s2A)". */
    public String classification() {
        return Offences.label(hocrCode, offence, legislation);
    }

    /** "8Q Stalking (s2A), victim V1, suspect S1". */
    public String describe() {
        return classification() + ", victim " + victimId
                + (jointVictimIds.isEmpty() ? "" : " (or " + String.join(", ", jointVictimIds) + ")")
                + (suspectId == null ? "" : ", suspect " + suspectId)
                + (jointSuspectIds.isEmpty() ? "" : " with " + String.join(", ", jointSuspectIds));
    }
}
