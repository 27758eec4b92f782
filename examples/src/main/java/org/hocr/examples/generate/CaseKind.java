package org.hocr.examples.generate;

/**
 * The kinds of case the generator builds, each from facts that leave the rules no judgement to ask for, and the
 * share of a batch each takes. What the rules record for each kind is in the comment; a test checks it.
 */
public enum CaseKind {
    /** One act of unwanted contact: an incident, no crime (N2). */
    SINGLE_INCIDENT(14),
    /** A neighbour's or colleague's verbal abuse over an issue, on two or more occasions: harassment, s2 (8L). */
    HARASSMENT(13),
    /** A neighbour's threats that made the victim fear violence twice or more: s4 (8L). */
    FEAR_OF_VIOLENCE(7),
    /** Following, loitering, unwanted messages and the like, about the person: stalking, s2A (8Q). */
    STALKING(17),
    /** Stalking with fear of violence twice, or serious alarm or distress with a substantial adverse effect: s4A (8Q). */
    STALKING_S4A(10),
    /** A former partner's repeated stalking in breach of an order: the breach (8L) and stalking, s2A (8Q) (B2). */
    BREACH_AND_STALKING(8),
    /** One act in breach of an order: the breach only (B1). */
    ISOLATED_BREACH(6),
    /** One grossly offensive message sent to cause distress: malicious communications (8R). */
    MALICIOUS_COMMUNICATION(7),
    /** Several grossly offensive messages to the same person: stalking, s2A (8Q), not malicious communications (M2). */
    ONLINE_STALKING_BY_MESSAGES(10),
    /** A former partner stalking the victim and the victim's new partner: one stalking crime each (P1). */
    TWO_VICTIMS(8),
    /** Stalking where the victim's fear on a second occasion is not known: the rules need information. */
    FEAR_NOT_KNOWN(0);

    private final int weight;

    CaseKind(int weight) {
        this.weight = weight;
    }

    /** The kind's share of a batch's settled cases, out of the sum of the weights. */
    int weight() {
        return weight;
    }
}
