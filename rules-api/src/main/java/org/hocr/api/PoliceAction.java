package org.hocr.api;

/** What the police did after recording a crime (for the Finished Incident Rule, brief P2). */
public enum PoliceAction {
    /** Nothing yet. */
    NONE,
    /** The suspect was arrested. */
    ARREST,
    /** The suspect was charged or summonsed. */
    CHARGE
}
