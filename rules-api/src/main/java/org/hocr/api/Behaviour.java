package org.hocr.api;

/**
 * What a suspect did on an occasion: a closed vocabulary.
 *
 * <p>The vocabulary only describes conduct. Which behaviours are "associated with stalking"
 * (PHA 1997 s2A(3)) is decided by the rules, not here.
 */
public enum Behaviour {
    // Following, watching and being there
    /** Following the person. */
    FOLLOWING,
    /** Watching or spying on the person. */
    WATCHING_OR_SPYING,
    /** Loitering in a public or private place (near home, work, school). */
    LOITERING,
    /** Turning up uninvited at the person's home, work or other place they are. */
    TURNING_UP,
    /** Trying to find out where the person lives, works or is. */
    ATTEMPTING_TO_LOCATE,
    /** Tracking the person's location with a device or app. */
    TRACKING_LOCATION,
    /** Monitoring the person's use of the internet, email or other electronic communication. */
    MONITORING_COMMUNICATIONS,

    // Contact, by channel
    /** Speaking to the person face to face. */
    CONTACT_IN_PERSON,
    /** A telephone call that was answered or left a message. */
    PHONE_CALL,
    /** A call in which the caller said nothing. */
    SILENT_CALL,
    /** A text or instant message to the person's phone. */
    TEXT_MESSAGE,
    /** An email. */
    EMAIL,
    /** A message, comment or post aimed at the person on social media. */
    SOCIAL_MEDIA_MESSAGE,
    /** A letter, card or note. */
    LETTER,
    /** Sending or leaving gifts or money. */
    GIFT,
    /** Contacting someone else (employer, family, friends, new partner) about the person. */
    CONTACTING_THIRD_PARTY,
    /** Pretending to be the person, for example a false account in their name (material purporting to come from them). */
    IMPERSONATION,
    /** Publishing material about the person, or purporting to come from them. */
    PUBLISHING_MATERIAL,

    // Other harm
    /** Interfering with the person's property (moving, taking, tampering). */
    INTERFERING_WITH_PROPERTY,
    /** Damaging property. */
    DAMAGE,
    /** Insults or abuse, spoken or written. */
    VERBAL_ABUSE,
    /** A threat of violence. */
    THREAT_OF_VIOLENCE,
    /** Using violence. */
    VIOLENCE,
    /** Controlling or coercive behaviour: isolating, restricting, monitoring, degrading or punishing (SCA 2015 s76). */
    CONTROLLING_OR_COERCIVE,
    /** Anything else unwanted. */
    OTHER
}
