package org.hocr.core.facts;

/**
 * The offences of this rule base with their statutory names, sections and maximum sentences. Reference data
 * only: which one applies, and how it is classified and counted, is decided by the rules. {@code rank} orders the
 * course-of-conduct offences for one victim (P1); {@code maxMonths} is the statutory maximum used by the
 * Principal Crime Rule (P3).
 */
public enum OffenceKind {
    HARASSMENT("Harassment", "Protection from Harassment Act 1997 s2", 1, 6, Group.COURSE, true),
    STALKING("Stalking", "Protection from Harassment Act 1997 s2A", 2, 6, Group.COURSE, true),
    FEAR_OF_VIOLENCE("Putting people in fear of violence", "Protection from Harassment Act 1997 s4", 3, 120,
            Group.COURSE, false),
    STALKING_SERIOUS("Stalking involving fear of violence or serious alarm or distress",
            "Protection from Harassment Act 1997 s4A", 4, 120, Group.COURSE, false),
    RA_HARASSMENT("Racially or religiously aggravated harassment",
            "Crime and Disorder Act 1998 s32(1)(a) (Protection from Harassment Act 1997 s2)", 11, 24, Group.COURSE, false),
    RA_STALKING("Racially or religiously aggravated stalking",
            "Crime and Disorder Act 1998 s32(1)(a) (Protection from Harassment Act 1997 s2A)", 12, 24, Group.COURSE, false),
    RA_FEAR_OF_VIOLENCE("Racially or religiously aggravated putting people in fear of violence",
            "Crime and Disorder Act 1998 s32(1)(b) (Protection from Harassment Act 1997 s4)", 13, 168, Group.COURSE, false),
    RA_STALKING_SERIOUS("Racially or religiously aggravated stalking involving fear of violence or serious alarm or distress",
            "Crime and Disorder Act 1998 s32(1)(b) (Protection from Harassment Act 1997 s4A)", 14, 168, Group.COURSE, false),

    CONTROLLING_OR_COERCIVE("Controlling or coercive behaviour in an intimate or family relationship",
            "Serious Crime Act 2015 s76", 20, 60, Group.CONTROLLING, false),

    MALICIOUS_COMMUNICATION("Sending letters etc. with intent to cause distress or anxiety",
            "Malicious Communications Act 1988 s1", 30, 24, Group.COMMUNICATION, false),
    FALSE_COMMUNICATION("False communications", "Online Safety Act 2023 s179", 31, 6, Group.COMMUNICATION, true),
    THREATENING_COMMUNICATION("Threatening communications", "Online Safety Act 2023 s181", 32, 60,
            Group.COMMUNICATION, false),

    BREACH_RESTRAINING_ORDER_PHA("Breach of a restraining order", "Protection from Harassment Act 1997 s5(5)", 40, 60,
            Group.BREACH, false),
    BREACH_RESTRAINING_ORDER_SENTENCING_ACT("Breach of a restraining order", "Sentencing Act 2020 s363", 41, 60,
            Group.BREACH, false),
    BREACH_RESTRAINING_ORDER_ON_ACQUITTAL("Breach of a restraining order on acquittal",
            "Protection from Harassment Act 1997 s5A, s5(5)", 42, 60, Group.BREACH, false),
    BREACH_INJUNCTION("Breach of an injunction restraining harassment", "Protection from Harassment Act 1997 s3(6)", 43,
            60, Group.BREACH, false),
    BREACH_NON_MOLESTATION_ORDER("Breach of a non-molestation order", "Family Law Act 1996 s42A", 44, 60, Group.BREACH,
            false),
    BREACH_STALKING_PROTECTION_ORDER("Breach of a Stalking Protection Order", "Stalking Protection Act 2019 s8", 45, 60,
            Group.BREACH, false),
    BREACH_CRIMINAL_BEHAVIOUR_ORDER("Breach of a criminal behaviour order",
            "Anti-social Behaviour, Crime and Policing Act 2014 s30", 46, 60, Group.BREACH, false),
    BREACH_DOMESTIC_ABUSE_PROTECTION_ORDER("Breach of a domestic abuse protection order", "Domestic Abuse Act 2021 s39",
            47, 60, Group.BREACH, false),

    BURGLARY_DWELLING("Burglary of a dwelling", "Theft Act 1968 s9", 60, 168, Group.OTHER, false),
    CRIMINAL_DAMAGE("Criminal damage", "Criminal Damage Act 1971 s1(1)", 61, 120, Group.OTHER, false),
    COMMON_ASSAULT("Common assault", "Criminal Justice Act 1988 s39", 62, 6, Group.OTHER, true),
    ASSAULT_OCCASIONING_ACTUAL_BODILY_HARM("Assault occasioning actual bodily harm",
            "Offences Against the Person Act 1861 s47", 63, 60, Group.OTHER, false),
    THREAT_TO_KILL("Threats to kill", "Offences Against the Person Act 1861 s16", 64, 120, Group.OTHER, false),
    THEFT("Theft", "Theft Act 1968 s1", 65, 84, Group.OTHER, false);

    /** How the counting rules treat an offence. */
    public enum Group {
        /** Harassment and stalking: a course of conduct, one crime per victim (P1). */
        COURSE,
        /** Controlling or coercive behaviour (K1). */
        CONTROLLING,
        /** Communications offences (M1, M3). */
        COMMUNICATION,
        /** Breaches of orders: counted in addition (B2-B4). */
        BREACH,
        /** Distinct offences on an occasion (B3, P3). */
        OTHER
    }

    private final String offence;
    private final String legislation;
    private final int rank;
    private final int maxMonths;
    private final Group group;
    private final boolean summaryOnly;

    OffenceKind(String offence, String legislation, int rank, int maxMonths, Group group, boolean summaryOnly) {
        this.offence = offence;
        this.legislation = legislation;
        this.rank = rank;
        this.maxMonths = maxMonths;
        this.group = group;
        this.summaryOnly = summaryOnly;
    }

    public String offence() {
        return offence;
    }

    public String legislation() {
        return legislation;
    }

    public int rank() {
        return rank;
    }

    /** The statutory maximum in months today (rules adjust s4 and s4A for conduct before the 2017 increase). */
    public int maxMonths() {
        return maxMonths;
    }

    public Group group() {
        return group;
    }

    /** Triable only in a magistrates' court, so subject to the six-month time limit (D9). */
    public boolean summaryOnly() {
        return summaryOnly;
    }

    /** The racially or religiously aggravated form of a base offence (CDA 1998 s32); itself if none. */
    public OffenceKind aggravated() {
        return switch (this) {
            case HARASSMENT -> RA_HARASSMENT;
            case STALKING -> RA_STALKING;
            case FEAR_OF_VIOLENCE -> RA_FEAR_OF_VIOLENCE;
            case STALKING_SERIOUS -> RA_STALKING_SERIOUS;
            default -> this;
        };
    }

    /** "Stalking (s2A)": the short name used in explanations. */
    public String shortName() {
        String section = legislation.substring(legislation.lastIndexOf(" s") + 1);
        // Drop the closing bracket of "(Protection from Harassment Act 1997 s2)", keep those of "s1(1)".
        while (section.chars().filter(c -> c == ')').count() > section.chars().filter(c -> c == '(').count()) {
            section = section.substring(0, section.length() - 1);
        }
        return offence + " (" + section + ")";
    }
}
