package org.hocr.api;

/** Offences other than harassment that may be committed on an occasion (brief B3, M4, P3). */
public enum OtherOffenceKind {
    /** Burglary of a dwelling: Theft Act 1968 s9. */
    BURGLARY_DWELLING,
    /** Criminal damage: Criminal Damage Act 1971 s1(1). */
    CRIMINAL_DAMAGE,
    /** Common assault or battery: Criminal Justice Act 1988 s39. */
    COMMON_ASSAULT,
    /** Assault occasioning actual bodily harm: Offences Against the Person Act 1861 s47. */
    ASSAULT_OCCASIONING_ACTUAL_BODILY_HARM,
    /** Threat to kill: Offences Against the Person Act 1861 s16. */
    THREAT_TO_KILL,
    /** Theft: Theft Act 1968 s1. */
    THEFT
}
