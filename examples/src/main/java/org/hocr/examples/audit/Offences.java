package org.hocr.examples.audit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hocr.api.Crime;
import org.hocr.core.facts.OffenceKind;

/**
 * Names the offence of a crime, whether the rules or the force recorded it, so that the two can be compared.
 * Reference data only: which offence applies is decided by the rules; this only reads the names they and the
 * force use. Offences are named by the legislation the decisions carry (the rule base's {@link OffenceKind}), or
 * by a short section from {@link #SECTIONS}.
 */
public final class Offences {

    /** Short sections accepted for recorded crimes, with the offence each names. */
    public static final Map<String, OffenceKind> SECTIONS;

    /** The racially or religiously aggravated classification: with it, s2, s2A, s4 and s4A name the aggravated forms. */
    public static final String AGGRAVATED_CODE = "8M";

    private static final Set<OffenceKind> STALKING = EnumSet.of(OffenceKind.STALKING, OffenceKind.STALKING_SERIOUS,
            OffenceKind.RA_STALKING, OffenceKind.RA_STALKING_SERIOUS);
    private static final Set<OffenceKind> HARASSMENT = EnumSet.of(OffenceKind.HARASSMENT, OffenceKind.FEAR_OF_VIOLENCE,
            OffenceKind.RA_HARASSMENT, OffenceKind.RA_FEAR_OF_VIOLENCE);
    private static final Set<OffenceKind> S4A = EnumSet.of(OffenceKind.STALKING_SERIOUS, OffenceKind.RA_STALKING_SERIOUS);
    private static final Map<String, OffenceKind> BY_LEGISLATION = new HashMap<>();
    private static final Map<String, OffenceKind> BY_SECTION = new HashMap<>();

    static {
        Map<String, OffenceKind> sections = new LinkedHashMap<>();
        sections.put("s2", OffenceKind.HARASSMENT);
        sections.put("s4", OffenceKind.FEAR_OF_VIOLENCE);
        sections.put("s2A", OffenceKind.STALKING);
        sections.put("s4A", OffenceKind.STALKING_SERIOUS);
        sections.put("s76", OffenceKind.CONTROLLING_OR_COERCIVE);
        sections.put("MCA s1", OffenceKind.MALICIOUS_COMMUNICATION);
        sections.put("OSA s179", OffenceKind.FALSE_COMMUNICATION);
        sections.put("OSA s181", OffenceKind.THREATENING_COMMUNICATION);
        sections.put("s5(5)", OffenceKind.BREACH_RESTRAINING_ORDER_PHA);
        sections.put("s363", OffenceKind.BREACH_RESTRAINING_ORDER_SENTENCING_ACT);
        sections.put("s5A", OffenceKind.BREACH_RESTRAINING_ORDER_ON_ACQUITTAL);
        sections.put("s3(6)", OffenceKind.BREACH_INJUNCTION);
        sections.put("s42A", OffenceKind.BREACH_NON_MOLESTATION_ORDER);
        sections.put("SPA s8", OffenceKind.BREACH_STALKING_PROTECTION_ORDER);
        sections.put("ASBCPA s30", OffenceKind.BREACH_CRIMINAL_BEHAVIOUR_ORDER);
        sections.put("DAA s39", OffenceKind.BREACH_DOMESTIC_ABUSE_PROTECTION_ORDER);
        SECTIONS = Collections.unmodifiableMap(sections);
        SECTIONS.forEach((section, kind) -> BY_SECTION.put(normal(section), kind));
        for (OffenceKind kind : OffenceKind.values()) {
            BY_LEGISLATION.put(normal(kind.legislation()), kind);
        }
    }

    private Offences() {
    }

    /** The offence of a crime the rules record, or {@code null} if its legislation is not one this audit knows. */
    public static OffenceKind of(Crime crime) {
        return BY_LEGISLATION.get(normal(crime.legislation()));
    }

    /** The offence named by legislation as decisions word it, or {@code null}. */
    public static OffenceKind byLegislation(String legislation) {
        return legislation == null ? null : BY_LEGISLATION.get(normal(legislation));
    }

    /**
     * The offence named by a short section, or {@code null}; with the aggravated classification code, a
     * harassment or stalking section names its racially or religiously aggravated form.
     */
    public static OffenceKind bySection(String section, String hocrCode) {
        OffenceKind kind = section == null ? null : BY_SECTION.get(normal(section));
        if (kind != null && AGGRAVATED_CODE.equalsIgnoreCase(hocrCode)) {
            return kind.aggravated();
        }
        return kind;
    }

    /** Stalking, s2A or s4A, aggravated or not. */
    public static boolean isStalking(OffenceKind kind) {
        return kind != null && STALKING.contains(kind);
    }

    /** Harassment without stalking, s2 or s4, aggravated or not. */
    public static boolean isHarassment(OffenceKind kind) {
        return kind != null && HARASSMENT.contains(kind);
    }

    /** Stalking involving fear of violence or serious alarm or distress (s4A), aggravated or not. */
    public static boolean isS4A(OffenceKind kind) {
        return kind != null && S4A.contains(kind);
    }

    /** Stalking (s2A), aggravated or not. */
    public static boolean isS2A(OffenceKind kind) {
        return isStalking(kind) && !isS4A(kind);
    }

    /** "8Q Stalking (s2A)": a classification as reports show it. */
    public static String label(String hocrCode, OffenceKind kind, String legislation) {
        return hocrCode + " " + (kind == null ? legislation : kind.shortName());
    }

    private static String normal(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
