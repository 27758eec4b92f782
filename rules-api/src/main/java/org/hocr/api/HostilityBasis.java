package org.hocr.api;

/** The characteristic a suspect's hostility was based on. */
public enum HostilityBasis {
    RACE,
    RELIGION,
    SEXUAL_ORIENTATION,
    DISABILITY,
    TRANSGENDER_IDENTITY
}
