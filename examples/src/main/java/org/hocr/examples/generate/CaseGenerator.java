package org.hocr.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hocr.api.Answer;
import org.hocr.api.Behaviour;
import org.hocr.api.Communication;
import org.hocr.api.ConductFocus;
import org.hocr.api.ContentKind;
import org.hocr.api.DailyLifeChange;
import org.hocr.api.Network;
import org.hocr.api.Occasion;
import org.hocr.api.Order;
import org.hocr.api.OrderType;
import org.hocr.api.Prohibition;
import org.hocr.api.Reaction;
import org.hocr.api.RelationshipKind;
import org.hocr.api.Report;
import org.hocr.api.SenderPurpose;
import org.hocr.examples.audit.AuditRecord;
import org.hocr.examples.audit.CaseOutcome;
import org.hocr.examples.audit.DisagreementKind;
import org.hocr.examples.audit.GeneratedLabel;
import org.hocr.examples.audit.Recorded;
import org.hocr.examples.audit.RecordedCrime;

/**
 * Builds synthetic audit records, reproducibly from a seed: the facts of a case of a known {@link CaseKind}, fully
 * specified (every reaction and effect given, so the rules need no judgement), and the force's record of it,
 * correct or carrying one injected error of a known {@link DisagreementKind}. The facts go to the rules to decide;
 * the generator's own correct record is what an accurate registrar would write for such a case, and a test checks
 * it against the rules.
 */
public final class CaseGenerator {
    /**
     * Recording dates are drawn from this range: late enough that every occasion (at most about seven months
     * earlier) and every order falls after the changes the cases rely on (restraining orders under the Sentencing
     * Act 2020 from 1 December 2020).
     */
    static final LocalDate FIRST_AS_AT = LocalDate.of(2021, 9, 1);
    /** The earliest date an order is made: restraining orders from then are breached under Sentencing Act 2020 s363. */
    private static final LocalDate FIRST_ORDER = LocalDate.of(2020, 12, 1);
    /** Days at least between an order and the first act in breach of it. */
    private static final int ORDER_LEAD_DAYS = 20;
    static final LocalDate LAST_AS_AT = LocalDate.of(2025, 3, 31);
    /** Outcome codes for correctly recorded crimes (none of them doubtful), null meaning none yet. */
    private static final Integer[] CLEAN_OUTCOMES = {null, null, null, 1, 1, 8, 14, 15, 16, 21};

    private static final String STALKING_CODE = "8Q";
    private static final String HARASSMENT_CODE = "8L";
    private static final String MALICIOUS_CODE = "8R";
    private static final String BREACH_CODE = "8L";

    private static final Behaviour[] STALKING_ACTS = {Behaviour.FOLLOWING, Behaviour.LOITERING,
        Behaviour.WATCHING_OR_SPYING, Behaviour.TURNING_UP, Behaviour.ATTEMPTING_TO_LOCATE, Behaviour.GIFT,
        Behaviour.TEXT_MESSAGE, Behaviour.PHONE_CALL, Behaviour.SOCIAL_MEDIA_MESSAGE};
    private static final Behaviour[] MESSAGES = {Behaviour.TEXT_MESSAGE, Behaviour.SOCIAL_MEDIA_MESSAGE, Behaviour.EMAIL};

    /** Which kinds of case each injected error can be made on. */
    private static final Map<DisagreementKind, List<CaseKind>> INJECTABLE = new EnumMap<>(DisagreementKind.class);

    static {
        INJECTABLE.put(DisagreementKind.MISSED_VICTIM, List.of(CaseKind.TWO_VICTIMS));
        INJECTABLE.put(DisagreementKind.BREACH_RECORDED_IN_ISOLATION, List.of(CaseKind.BREACH_AND_STALKING));
        INJECTABLE.put(DisagreementKind.MALICIOUS_COMMUNICATIONS_ONLY, List.of(CaseKind.ONLINE_STALKING_BY_MESSAGES));
        INJECTABLE.put(DisagreementKind.STALKING_RECORDED_AS_HARASSMENT, List.of(CaseKind.STALKING, CaseKind.STALKING_S4A,
                CaseKind.ONLINE_STALKING_BY_MESSAGES));
        INJECTABLE.put(DisagreementKind.S2A_VS_S4A, List.of(CaseKind.STALKING, CaseKind.STALKING_S4A));
        INJECTABLE.put(DisagreementKind.OTHER_CLASSIFICATION, List.of(CaseKind.HARASSMENT, CaseKind.FEAR_OF_VIOLENCE));
        INJECTABLE.put(DisagreementKind.UNDER_RECORDED, List.of(CaseKind.HARASSMENT, CaseKind.FEAR_OF_VIOLENCE,
                CaseKind.STALKING, CaseKind.STALKING_S4A, CaseKind.MALICIOUS_COMMUNICATION));
        INJECTABLE.put(DisagreementKind.OVER_RECORDED, List.of(CaseKind.SINGLE_INCIDENT, CaseKind.ISOLATED_BREACH));
        INJECTABLE.put(DisagreementKind.OUTCOME_CODE_DOUBT, List.of(CaseKind.HARASSMENT, CaseKind.STALKING,
                CaseKind.STALKING_S4A, CaseKind.MALICIOUS_COMMUNICATION, CaseKind.BREACH_AND_STALKING));
    }

    private final SplittableRandom random;
    private final double errorRate;
    private final double needsInformationRate;
    private final int totalWeight;

    /**
     * @param seed                 the seed: the same seed and rates give the same batch
     * @param errorRate            the share of records whose recording carries an injected error
     * @param needsInformationRate the share of records built so that the rules need a judgement
     */
    public CaseGenerator(long seed, double errorRate, double needsInformationRate) {
        if (errorRate < 0 || needsInformationRate < 0 || errorRate + needsInformationRate > 1) {
            throw new IllegalArgumentException("the error and needs-information rates must be between 0 and 1 together");
        }
        this.random = new SplittableRandom(seed);
        this.errorRate = errorRate;
        this.needsInformationRate = needsInformationRate;
        int sum = 0;
        for (CaseKind kind : CaseKind.values()) {
            sum += kind.weight();
        }
        this.totalWeight = sum;
    }

    /** The next record, with the given case id. */
    public AuditRecord next(String caseId) {
        double draw = random.nextDouble();
        if (draw < needsInformationRate) {
            Built built = build(CaseKind.FEAR_NOT_KNOWN, caseId);
            return new AuditRecord(built.report(), built.correct(), new GeneratedLabel(CaseKind.FEAR_NOT_KNOWN.name(), null,
                    CaseOutcome.NEEDS_INFORMATION.name()));
        }
        if (draw < needsInformationRate + errorRate) {
            DisagreementKind error = pick(DisagreementKind.values());
            CaseKind kind = pick(INJECTABLE.get(error).toArray(CaseKind[]::new));
            Built built = build(kind, caseId);
            return new AuditRecord(built.report(), inject(error, kind, built),
                    new GeneratedLabel(kind.name(), error, error.name()));
        }
        CaseKind kind = weightedKind();
        Built built = build(kind, caseId);
        return new AuditRecord(built.report(), built.correct(), new GeneratedLabel(kind.name(), null, CaseOutcome.AGREED.name()));
    }

    /** A case's facts and the force's correct record of it. */
    private record Built(Report report, Recorded correct) {
    }

    private Built build(CaseKind kind, String caseId) {
        LocalDate asAt = FIRST_AS_AT.plusDays(random.nextInt((int) (LAST_AS_AT.toEpochDay() - FIRST_AS_AT.toEpochDay()) + 1));
        CaseFacts facts = new CaseFacts(caseId, asAt, random);
        return switch (kind) {
            case SINGLE_INCIDENT -> singleIncident(facts);
            case HARASSMENT -> harassment(facts);
            case FEAR_OF_VIOLENCE -> fearOfViolence(facts);
            case STALKING -> stalking(facts, false);
            case STALKING_S4A -> stalking(facts, true);
            case BREACH_AND_STALKING -> breach(facts, 2 + random.nextInt(3));
            case ISOLATED_BREACH -> breach(facts, 1);
            case MALICIOUS_COMMUNICATION -> messages(facts, 1);
            case ONLINE_STALKING_BY_MESSAGES -> messages(facts, 2 + random.nextInt(4));
            case TWO_VICTIMS -> twoVictims(facts);
            case FEAR_NOT_KNOWN -> fearNotKnown(facts);
        };
    }

    private Built singleIncident(CaseFacts facts) {
        facts.pair("S1", "V1", pick(RelationshipKind.ACQUAINTANCE, RelationshipKind.NEIGHBOUR, RelationshipKind.STRANGER,
                RelationshipKind.COLLEAGUE), ConductFocus.PERSON);
        Behaviour act = pick(Behaviour.TEXT_MESSAGE, Behaviour.PHONE_CALL, Behaviour.TURNING_UP, Behaviour.VERBAL_ABUSE,
                Behaviour.FOLLOWING);
        facts.occasions("S1", "V1", 1, d -> facts.occasion(d, "S1", "V1", act).reaction(distressed("V1")));
        facts.effect("V1", Answer.NO);
        return new Built(facts.report(), recorded(List.of(), null));
    }

    private Built harassment(CaseFacts facts) {
        facts.pair("S1", "V1", pick(RelationshipKind.NEIGHBOUR, RelationshipKind.COLLEAGUE), ConductFocus.ISSUE);
        facts.occasions("S1", "V1", 2 + random.nextInt(3), d -> facts.occasion(d, "S1", "V1", Behaviour.VERBAL_ABUSE)
                .reaction(distressed("V1")));
        facts.effect("V1", Answer.NO);
        return new Built(facts.report(), recorded(List.of(crime(HARASSMENT_CODE, "s2", "V1")), cleanOutcome()));
    }

    private Built fearOfViolence(CaseFacts facts) {
        facts.pair("S1", "V1", RelationshipKind.NEIGHBOUR, ConductFocus.ISSUE);
        facts.occasions("S1", "V1", 2 + random.nextInt(2), d -> facts.occasion(d, "S1", "V1", Behaviour.VERBAL_ABUSE,
                Behaviour.THREAT_OF_VIOLENCE).reaction(new Reaction("V1", Answer.YES, Answer.YES, Answer.NO)));
        facts.effect("V1", Answer.NO);
        return new Built(facts.report(), recorded(List.of(crime(HARASSMENT_CODE, "s4", "V1")), cleanOutcome()));
    }

    /** Stalking, s2A; or s4A by fear of violence twice or by serious alarm or distress with a substantial adverse effect. */
    private Built stalking(CaseFacts facts, boolean s4a) {
        facts.pair("S1", "V1", pick(RelationshipKind.STRANGER, RelationshipKind.ACQUAINTANCE, RelationshipKind.COLLEAGUE,
                RelationshipKind.FORMER_INTIMATE_PARTNER), ConductFocus.PERSON);
        boolean byFear = s4a && random.nextBoolean();
        boolean bySeriousDistress = s4a && !byFear;
        Reaction reaction = new Reaction("V1", Answer.of(byFear), Answer.YES, Answer.of(bySeriousDistress));
        facts.occasions("S1", "V1", 2 + random.nextInt(4), d -> stalkingAct(facts, d, "S1", "V1").reaction(reaction));
        if (bySeriousDistress) {
            facts.effect("V1", Answer.YES, pick(DailyLifeChange.CHANGED_ROUTE_OR_ROUTINE, DailyLifeChange.MOVED_HOME,
                    DailyLifeChange.STOPPED_SOCIAL_LIFE, DailyLifeChange.INSTALLED_SECURITY));
        } else {
            facts.effect("V1", Answer.NO);
        }
        return new Built(facts.report(), recorded(List.of(crime(STALKING_CODE, s4a ? "s4A" : "s2A", "V1")), cleanOutcome()));
    }

    /** A former partner acting in breach of an order on some occasions: with two or more, stalking as well. */
    private Built breach(CaseFacts facts, int occasions) {
        facts.pair("S1", "V1", RelationshipKind.FORMER_INTIMATE_PARTNER, ConductFocus.PERSON);
        boolean restraining = random.nextBoolean();
        LocalDate firstAct = facts.firstDate(occasions);
        LocalDate made = firstAct.minusDays(ORDER_LEAD_DAYS + random.nextInt(300));
        if (made.isBefore(FIRST_ORDER)) {
            made = FIRST_ORDER;
        }
        if (firstAct.isBefore(made.plusDays(ORDER_LEAD_DAYS))) {
            throw new IllegalStateException("generator: the first act in breach must come after the order");
        }
        facts.order(new Order("R1", restraining ? OrderType.RESTRAINING_ORDER_ON_CONVICTION : OrderType.NON_MOLESTATION_ORDER,
                "S1", made, Answer.NO, null, null, List.of("V1"), List.of(Prohibition.CONTACT, Prohibition.GOING_TO_PLACES)));
        Reaction reaction = new Reaction("V1", Answer.NO, Answer.YES, Answer.NO);
        facts.occasionsFrom(firstAct, "S1", "V1", occasions,
                d -> stalkingAct(facts, d, "S1", "V1").breaching("R1").reaction(reaction));
        facts.effect("V1", Answer.NO);
        List<RecordedCrime> crimes = new ArrayList<>();
        crimes.add(crime(BREACH_CODE, restraining ? "s363" : "s42A", "V1"));
        if (occasions > 1) {
            crimes.add(crime(STALKING_CODE, "s2A", "V1"));
        }
        return new Built(facts.report(), recorded(crimes, cleanOutcome()));
    }

    /** Grossly offensive messages sent to cause distress: one is malicious communications; several are stalking. */
    private Built messages(CaseFacts facts, int count) {
        facts.pair("S1", "V1", pick(RelationshipKind.ACQUAINTANCE, RelationshipKind.STRANGER, RelationshipKind.COLLEAGUE),
                ConductFocus.PERSON);
        Communication message = new Communication(List.of(ContentKind.INDECENT_OR_GROSSLY_OFFENSIVE),
                SenderPurpose.CAUSE_DISTRESS_OR_ANXIETY, Network.PUBLIC_ELECTRONIC_NETWORK);
        facts.occasions("S1", "V1", count, d -> facts.occasion(d, "S1", "V1", pick(MESSAGES)).online(Answer.YES)
                .communication(message).reaction(distressed("V1")));
        facts.effect("V1", Answer.NO);
        RecordedCrime crime = count == 1 ? crime(MALICIOUS_CODE, "MCA s1", "V1") : crime(STALKING_CODE, "s2A", "V1");
        return new Built(facts.report(), recorded(List.of(crime), cleanOutcome()));
    }

    private Built twoVictims(CaseFacts facts) {
        facts.pair("S1", "V1", RelationshipKind.FORMER_INTIMATE_PARTNER, ConductFocus.PERSON);
        facts.pair("S1", "V2", pick(RelationshipKind.ACQUAINTANCE, RelationshipKind.STRANGER), ConductFocus.PERSON);
        Reaction calm = new Reaction("V1", Answer.NO, Answer.YES, Answer.NO);
        facts.occasions("S1", "V1", 2 + random.nextInt(2), d -> stalkingAct(facts, d, "S1", "V1").reaction(calm));
        Reaction second = new Reaction("V2", Answer.NO, Answer.YES, Answer.NO);
        facts.occasions("S1", "V2", 2, d -> stalkingAct(facts, d, "S1", "V2").reaction(second));
        facts.effect("V1", Answer.NO);
        facts.effect("V2", Answer.NO);
        return new Built(facts.report(), recorded(List.of(crime(STALKING_CODE, "s2A", "V1"), crime(STALKING_CODE, "s2A", "V2")),
                cleanOutcome()));
    }

    /** Stalking with fear of violence on one occasion and not known on another: s4A turns on the unknown answer. */
    private Built fearNotKnown(CaseFacts facts) {
        facts.pair("S1", "V1", pick(RelationshipKind.STRANGER, RelationshipKind.ACQUAINTANCE), ConductFocus.PERSON);
        int[] index = {0};
        facts.occasions("S1", "V1", 2 + random.nextInt(2), d -> stalkingAct(facts, d, "S1", "V1").reaction(
                new Reaction("V1", index[0]++ == 0 ? Answer.YES : Answer.UNKNOWN, Answer.YES, Answer.NO)));
        facts.effect("V1", Answer.NO);
        return new Built(facts.report(), recorded(List.of(crime(STALKING_CODE, "s2A", "V1")), null));
    }

    private Occasion.Builder stalkingAct(CaseFacts facts, LocalDate date, String suspect, String victim) {
        Behaviour act = pick(STALKING_ACTS);
        Occasion.Builder occasion = facts.occasion(date, suspect, victim, act);
        boolean online = act == Behaviour.TEXT_MESSAGE || act == Behaviour.SOCIAL_MEDIA_MESSAGE;
        return occasion.online(online ? Answer.YES : Answer.NO);
    }

    /** The force's record with one injected error. */
    private Recorded inject(DisagreementKind error, CaseKind kind, Built built) {
        List<RecordedCrime> crimes = new ArrayList<>(built.correct().crimes());
        Integer outcome = built.correct().outcomeCode();
        switch (error) {
            case MISSED_VICTIM -> crimes.removeIf(c -> c.victimId().equals("V2"));
            case BREACH_RECORDED_IN_ISOLATION -> crimes.removeIf(c -> c.hocrCode().equals(STALKING_CODE));
            case MALICIOUS_COMMUNICATIONS_ONLY -> {
                crimes.clear();
                built.report().occasions().forEach(o -> crimes.add(crime(MALICIOUS_CODE, "MCA s1", "V1")));
            }
            case STALKING_RECORDED_AS_HARASSMENT -> crimes.replaceAll(c -> crime(HARASSMENT_CODE,
                    c.section().equals("s4A") ? "s4" : "s2", c.victimId()));
            case S2A_VS_S4A -> crimes.replaceAll(c -> crime(STALKING_CODE, c.section().equals("s4A") ? "s2A" : "s4A", c.victimId()));
            case OTHER_CLASSIFICATION -> crimes.replaceAll(c -> kind == CaseKind.HARASSMENT
                    ? crime(STALKING_CODE, "s2A", c.victimId()) : crime(HARASSMENT_CODE, "s2", c.victimId()));
            case UNDER_RECORDED -> crimes.clear();
            case OVER_RECORDED -> crimes.add(kind == CaseKind.SINGLE_INCIDENT ? crime(HARASSMENT_CODE, "s2", "V1")
                    : crime(STALKING_CODE, "s2A", "V1"));
            case OUTCOME_CODE_DOUBT -> outcome = 18;
        }
        return recorded(crimes, outcome);
    }

    private Integer cleanOutcome() {
        return pick(CLEAN_OUTCOMES);
    }

    private static Reaction distressed(String victim) {
        return new Reaction(victim, Answer.NO, Answer.YES, Answer.NO);
    }

    private static RecordedCrime crime(String code, String section, String victim) {
        return new RecordedCrime(code, null, section, victim, "S1");
    }

    private static Recorded recorded(List<RecordedCrime> crimes, Integer outcomeCode) {
        return new Recorded(crimes, crimes.size(), outcomeCode);
    }

    private CaseKind weightedKind() {
        int draw = random.nextInt(totalWeight);
        for (CaseKind kind : CaseKind.values()) {
            draw -= kind.weight();
            if (draw < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights");
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
