package org.hocr.api;

/** A change to the victim's usual day-to-day activities (PHA 1997 s4A(1)(b)(ii), and the CPS examples). */
public enum DailyLifeChange {
    /** Changed route to work or school, or changed routines. */
    CHANGED_ROUTE_OR_ROUTINE,
    /** Stopped or changed work. */
    STOPPED_OR_CHANGED_WORK,
    /** Stopped going out or seeing friends. */
    STOPPED_SOCIAL_LIFE,
    /** Moved home. */
    MOVED_HOME,
    /** Installed locks, cameras or alarms. */
    INSTALLED_SECURITY,
    /** Needed medical or psychological help. */
    NEEDED_MEDICAL_HELP,
    /** Changed phone number or closed accounts. */
    CHANGED_PHONE_OR_ACCOUNTS,
    /** Anything else. */
    OTHER
}
