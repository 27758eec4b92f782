package org.hocr.examples.audit;

/**
 * What the synthetic generator built a record to be, so that an audit's findings can be checked against it.
 * Ignored by the audit itself, except to count how its findings match.
 *
 * @param caseKind      the kind of case the facts were built as (a {@code CaseKind} name)
 * @param injectedError the recording error injected into the force's record, or {@code null} if it was recorded
 *                      correctly
 * @param expected      what the audit should find: {@code AGREED}, {@code NEEDS_INFORMATION} or the injected kind
 */
public record GeneratedLabel(String caseKind, DisagreementKind injectedError, String expected) {
}
