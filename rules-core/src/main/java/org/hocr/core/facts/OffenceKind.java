package org.hocr.core.facts;

/**
 * The offences of this rule base with their statutory names and sections. Reference data only: which one
 * applies is decided by the rules. {@code rank} orders them by seriousness for one victim (P1).
 */
public enum OffenceKind {
    HARASSMENT("Harassment", "Protection from Harassment Act 1997 s2", 1, true),
    STALKING("Stalking", "Protection from Harassment Act 1997 s2A", 2, true),
    FEAR_OF_VIOLENCE("Putting people in fear of violence", "Protection from Harassment Act 1997 s4", 3, false),
    STALKING_SERIOUS("Stalking involving fear of violence or serious alarm or distress",
            "Protection from Harassment Act 1997 s4A", 4, false),
    RA_HARASSMENT("Racially or religiously aggravated harassment",
            "Crime and Disorder Act 1998 s32(1)(a) (Protection from Harassment Act 1997 s2)", 11, false),
    RA_STALKING("Racially or religiously aggravated stalking",
            "Crime and Disorder Act 1998 s32(1)(a) (Protection from Harassment Act 1997 s2A)", 12, false),
    RA_FEAR_OF_VIOLENCE("Racially or religiously aggravated putting people in fear of violence",
            "Crime and Disorder Act 1998 s32(1)(b) (Protection from Harassment Act 1997 s4)", 13, false),
    RA_STALKING_SERIOUS("Racially or religiously aggravated stalking involving fear of violence or serious alarm or distress",
            "Crime and Disorder Act 1998 s32(1)(b) (Protection from Harassment Act 1997 s4A)", 14, false);

    private final String offence;
    private final String legislation;
    private final int rank;
    private final boolean summaryOnly;

    OffenceKind(String offence, String legislation, int rank, boolean summaryOnly) {
        this.offence = offence;
        this.legislation = legislation;
        this.rank = rank;
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

    /** "Stalking s2A": the short name used in explanations. */
    public String shortName() {
        int s = legislation.lastIndexOf(" s");
        String section = legislation.substring(s + 1).replace(")", "");
        return offence + " (" + section + ")";
    }
}
