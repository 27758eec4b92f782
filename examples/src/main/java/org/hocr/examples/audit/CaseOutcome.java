package org.hocr.examples.audit;

/** What the audit concluded for one record. Every record read ends in exactly one of these. */
public enum CaseOutcome {
    /** The force recorded what the rules record. */
    AGREED,
    /** The force's recording differs from the rules: see the findings. */
    DISAGREED,
    /** The rules need a judgement the report does not give before the recording can be checked. */
    NEEDS_INFORMATION,
    /** The record could not be read or is not valid: see the problems. */
    REJECTED
}
