package org.hocr.core.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hocr.api.Crime;
import org.hocr.api.Decision;
import org.hocr.api.Rejection;
import org.hocr.core.facts.OffenceKind;

/** Reads the courses of conduct (harassment and stalking, plain or aggravated) out of a decision. */
final class Courses {
    private Courses() {
    }

    /** The course-of-conduct offence a crime records, if it records one. */
    static Optional<OffenceKind> kindOf(Crime crime) {
        for (OffenceKind kind : OffenceKind.values()) {
            if (kind.group() == OffenceKind.Group.COURSE && kind.legislation().equals(crime.legislation())
                    && kind.offence().equals(crime.offence())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Whether the crime is for this suspect (alone or jointly) and victim. */
    static boolean isFor(Crime crime, String suspectId, String victimId) {
        return crime.victimId().equals(victimId)
                && (crime.suspectId().equals(suspectId) || crime.jointSuspectIds().contains(suspectId));
    }

    /** The course-of-conduct crimes recorded for a suspect and victim. */
    static List<OffenceKind> recorded(Decision decision, String suspectId, String victimId) {
        List<OffenceKind> kinds = new ArrayList<>();
        for (Crime crime : decision.crimes()) {
            if (isFor(crime, suspectId, victimId)) {
                kindOf(crime).ifPresent(kinds::add);
            }
        }
        return kinds;
    }

    /**
     * Whether the decision finds a course of conduct of harassment or stalking for the pair: recorded as a crime,
     * or kept as an included classification beside a more serious crime of the same incident (P4).
     */
    static boolean found(Decision decision, String suspectId, String victimId) {
        if (!recorded(decision, suspectId, victimId).isEmpty()) {
            return true;
        }
        for (Rejection rejection : decision.rejections()) {
            if (rejection.ruleId().equals("P4") && rejection.victimId().equals(victimId)
                    && rejection.suspectId().equals(suspectId) && isCourseName(rejection.classification())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCourseName(String classification) {
        for (OffenceKind kind : OffenceKind.values()) {
            if (kind.group() == OffenceKind.Group.COURSE && classification.startsWith(kind.shortName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far up the ladder harassment (1), stalking (2), fear of violence s4 (3), stalking with fear or serious
     * alarm s4A (4) a kind is, aggravated or not.
     */
    static int level(OffenceKind kind) {
        return switch (kind) {
            case HARASSMENT, RA_HARASSMENT -> 1;
            case STALKING, RA_STALKING -> 2;
            case FEAR_OF_VIOLENCE, RA_FEAR_OF_VIOLENCE -> 3;
            case STALKING_SERIOUS, RA_STALKING_SERIOUS -> 4;
            default -> 0;
        };
    }

    /** Whether controlling or coercive behaviour (s76) is recorded for the pair. */
    static boolean controllingOrCoercive(Decision decision, String suspectId, String victimId) {
        return decision.crimes().stream().anyMatch(c -> isFor(c, suspectId, victimId)
                && c.legislation().equals(OffenceKind.CONTROLLING_OR_COERCIVE.legislation()));
    }

    /** The highest level recorded for the pair, 0 if none. */
    static int highestLevel(Decision decision, String suspectId, String victimId) {
        return recorded(decision, suspectId, victimId).stream().mapToInt(Courses::level).max().orElse(0);
    }
}
