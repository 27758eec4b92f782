package org.hocr.api;

import java.time.LocalDate;
import java.util.List;

/**
 * An order against a suspect that protects one or more persons.
 *
 * @param id                stable id, unique within the report
 * @param type              the kind of order
 * @param subjectId         the suspect the order is against
 * @param made              the date the order was made
 * @param madeWithoutNotice whether it was made without notice to the suspect
 * @param suspectKnewOn     for an order made without notice, the date the suspect knew of it
 * @param expires           the last day it has effect, if it has an end
 * @param protectedIds      the persons it protects
 * @param prohibits         what it prohibits
 */
public record Order(String id, OrderType type, String subjectId, LocalDate made, Answer madeWithoutNotice,
                    LocalDate suspectKnewOn, LocalDate expires, List<String> protectedIds, List<Prohibition> prohibits) {

    public Order {
        madeWithoutNotice = Answer.orUnknown(madeWithoutNotice);
        protectedIds = Lists.copy(protectedIds);
        prohibits = Lists.copy(prohibits);
    }

    /** An order made on notice, without an end date. */
    public static Order of(String id, OrderType type, String subjectId, LocalDate made, List<String> protectedIds,
                           Prohibition... prohibits) {
        return new Order(id, type, subjectId, made, Answer.NO, null, null, protectedIds, List.of(prohibits));
    }
}
