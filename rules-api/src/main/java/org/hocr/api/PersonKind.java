package org.hocr.api;

/** Whether a person is a human being or an organisation (PHA 1997 s7(5): only an individual can be harassed). */
public enum PersonKind {
    /** A human being. */
    INDIVIDUAL,
    /** A company, charity, public body or other organisation. */
    ORGANISATION
}
