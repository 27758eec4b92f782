package org.hocr.core.facts;

/**
 * A claimed breach on a date before breaching that kind of order was an offence (B5): the rule that says so is
 * the one place that knows the commencement, and the breach rule only asks whether it said so.
 */
public record BeforeBreachOffence(BreachClaim claim) {
}
