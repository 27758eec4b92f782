package org.hocr.core.properties;

/**
 * Bugs the properties found and that are not fixed yet. Each has a minimal report, written as a scenario
 * file, in the issue that reports it. A property that fails only because of one of them is kept twice: in
 * full, {@code @Disabled} with the finding as its reason (re-enable it when the bug is fixed), and narrowed to
 * step round the finding's trigger, so that everything else stays checked in every build.
 */
final class Findings {
    private Findings() {
    }

    static final String F1_TIES_IN_ORDER = "Finding F1: HocrEngine sorts crimes, rejections and flags with ties (two "
            + "thefts from one victim; two rejections by one rule for one victim), so two decisions of the same report "
            + "can list them in different orders and Decision.equals fails "
            + "(finding-f1-decision-order-of-ties.yaml)";

    static final String F2_STALKING_BEFORE_COMMENCEMENT = "Finding F2: a course-of-conduct crime covers occasions "
            + "before its offence came into force: stalking (s2A, s4A) before 25 November 2012, racially or religiously "
            + "aggravated harassment (CDA 1998 s32) before 30 September 1998 "
            + "(finding-f2-stalking-crime-covers-occasion-before-commencement.yaml)";

    static final String F3_INCLUDED_UNDER_UNRECORDED_CRIME = "Finding F3: the principal crime rule makes a course of "
            + "harassment an included classification under a malicious communication that is then not recorded "
            + "(not notifiable before April 2015), so no crime is recorded at all "
            + "(finding-f3-harassment-included-under-unrecorded-malicious-communication.yaml)";

    static final String F5_C2_COURSE_LOST = "Finding F5: a course of conduct against several people with an aim to "
            + "persuade (C2) is lost when one more occasion, more than the wide gap from the first, is added "
            + "towards one of them (finding-f5-c2-course-lost-by-one-more-occasion.yaml)";

    static final String F6_BREACH_BEFORE_COMMENCEMENT = "Finding F6: a breach of an order is recorded as a crime "
            + "for conduct before the breach offence existed (a Stalking Protection Order breached in 2012; "
            + "Stalking Protection Act 2019 s8 in force 20 January 2020) "
            + "(finding-f6-breach-of-order-before-the-offence-existed.yaml)";
}
