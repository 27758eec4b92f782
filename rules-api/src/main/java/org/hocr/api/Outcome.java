package org.hocr.api;

/**
 * What one answer to a {@link Question} would lead to.
 *
 * @param answer the answer
 * @param leadsTo what the rules would then decide
 */
public record Outcome(Answer answer, String leadsTo) {
}
