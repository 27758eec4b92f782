package org.hocr.api;

/** Court and police orders whose breach the rules consider (brief section 7). */
public enum OrderType {
    /** Restraining order on conviction: PHA 1997 s5 (breach s5(5)); from 1 Dec 2020 Sentencing Act 2020 s360 (breach s363). */
    RESTRAINING_ORDER_ON_CONVICTION,
    /** Restraining order on acquittal: PHA 1997 s5A (breach under s5(5) as applied by s5A(2)). */
    RESTRAINING_ORDER_ON_ACQUITTAL,
    /** Civil injunction restraining harassment: PHA 1997 s3 (breach s3(6)). */
    HARASSMENT_INJUNCTION,
    /** Non-molestation order: Family Law Act 1996 s42 (breach s42A, from 1 Jul 2007). */
    NON_MOLESTATION_ORDER,
    /** Stalking Protection Order: Stalking Protection Act 2019 s1 (breach s8, from 20 Jan 2020). */
    STALKING_PROTECTION_ORDER,
    /** Interim Stalking Protection Order: Stalking Protection Act 2019 s5 (breach s8). */
    INTERIM_STALKING_PROTECTION_ORDER,
    /** Criminal behaviour order: Anti-social Behaviour, Crime and Policing Act 2014 s22 (breach s30). */
    CRIMINAL_BEHAVIOUR_ORDER,
    /** Domestic abuse protection order: Domestic Abuse Act 2021 s32 (breach s39; pilot areas). */
    DOMESTIC_ABUSE_PROTECTION_ORDER,
    /** Domestic violence protection order: Crime and Security Act 2010 s28. Breach is civil contempt, not a crime. */
    DOMESTIC_VIOLENCE_PROTECTION_ORDER
}
