package org.hocr.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hocr.api.Answer;
import org.hocr.api.Assessment;
import org.hocr.api.Behaviour;
import org.hocr.api.ConductFocus;
import org.hocr.api.Decision;
import org.hocr.api.DecisionStatus;
import org.hocr.api.EffectOnVictim;
import org.hocr.api.Occasion;
import org.hocr.api.Person;
import org.hocr.api.PersonKind;
import org.hocr.api.PersonRole;
import org.hocr.api.Reaction;
import org.hocr.api.Relationship;
import org.hocr.api.RelationshipKind;
import org.hocr.api.Report;

/**
 * A plain-Java decision, written only for the benchmarks, so that the cost of the rule engine is known as a
 * ratio. It decides course of conduct (C1, C2, C3), harassment (H1, H2), stalking (S1, S3, S4) and s4A (S2), one
 * crime per victim (P1) and its classification (N1), the incidents (N2) and the questions, for the
 * {@linkplain Cases#typical typical cases}: one suspect, individual victims, no orders, communications offences,
 * other offences, hostility or earlier records, recorded from April 2020 (default rulebook options).
 *
 * <p>It produces the decision only: no explanation, rejections, flags or prompts, and it does not validate the
 * report. It is not the library and must never be used as one: the rules in DRL are the law as encoded.
 */
public final class ReferenceDecider {
    static final LocalDate STALKING_IN_FORCE = LocalDate.of(2012, 11, 25);
    static final LocalDate FORMER_PARTNER_DEFAULT = LocalDate.of(2020, 4, 1);
    static final LocalDate STALKING_CODE_8Q = LocalDate.of(2014, 4, 1);
    static final int WIDE_GAP_DAYS = 90;
    private static final Set<Behaviour> STALKING_ACTS = EnumSet.of(Behaviour.FOLLOWING, Behaviour.CONTACT_IN_PERSON,
            Behaviour.PHONE_CALL, Behaviour.SILENT_CALL, Behaviour.TEXT_MESSAGE, Behaviour.EMAIL,
            Behaviour.SOCIAL_MEDIA_MESSAGE, Behaviour.LETTER, Behaviour.GIFT, Behaviour.CONTACTING_THIRD_PARTY,
            Behaviour.TURNING_UP, Behaviour.PUBLISHING_MATERIAL, Behaviour.IMPERSONATION,
            Behaviour.MONITORING_COMMUNICATIONS, Behaviour.LOITERING, Behaviour.INTERFERING_WITH_PROPERTY,
            Behaviour.WATCHING_OR_SPYING, Behaviour.TRACKING_LOCATION, Behaviour.ATTEMPTING_TO_LOCATE);

    /** What both deciders must agree on. */
    public record Outcome(DecisionStatus status, List<CrimeKey> crimes, List<IncidentKey> incidents,
                          List<String> questions) {
    }

    /** A crime without its basis (the list of rule ids, which only the engine keeps). */
    public record CrimeKey(String offence, String legislation, String hocrCode, String victimId, String suspectId,
                           List<String> occasionIds) {
    }

    public record IncidentKey(String kind, String victimId, String suspectId, List<String> occasionIds) {
    }

    private enum Kind {
        HARASSMENT("Harassment", "Protection from Harassment Act 1997 s2", "8L"),
        STALKING("Stalking", "Protection from Harassment Act 1997 s2A", "8Q"),
        FEAR_OF_VIOLENCE("Putting people in fear of violence", "Protection from Harassment Act 1997 s4", "8L"),
        STALKING_SERIOUS("Stalking involving fear of violence or serious alarm or distress",
                "Protection from Harassment Act 1997 s4A", "8Q");

        final String offence;
        final String legislation;
        final String code;

        Kind(String offence, String legislation, String code) {
            this.offence = offence;
            this.legislation = legislation;
            this.code = code;
        }
    }

    private ReferenceDecider() {
    }

    /** The engine's decision reduced to what the reference decides. */
    public static Outcome of(Decision decision) {
        return new Outcome(decision.status(),
                decision.crimes().stream().map(c -> new CrimeKey(c.offence(), c.legislation(), c.hocrCode(),
                        c.victimId(), c.suspectId(), c.occasionIds())).toList(),
                decision.incidents().stream().map(i -> new IncidentKey(i.kind(), i.victimId(), i.suspectId(),
                        i.occasionIds())).toList(),
                decision.questions().stream().map(q -> q.id() + " (" + q.ruleId() + ")").sorted().toList());
    }

    /** Decides a typical case. */
    public static Outcome decide(Report report) {
        String suspect = null;
        List<String> victims = new ArrayList<>(2);
        for (Person person : report.persons()) {
            if (person.role() == PersonRole.SUSPECT) {
                suspect = person.id();
            } else if (person.role() == PersonRole.VICTIM && person.kind() == PersonKind.INDIVIDUAL) {
                victims.add(person.id());
            }
        }
        victims.sort(null);
        LocalDate asAt = report.asAt();

        // C1: each victim's occasions, in date order.
        List<List<Occasion>> conduct = new ArrayList<>(victims.size());
        int withConduct = 0;
        for (String victim : victims) {
            List<Occasion> occasions = new ArrayList<>();
            for (Occasion occasion : report.occasions()) {
                if (occasion.actorIds().contains(suspect) && occasion.aimedAtIds().contains(victim)) {
                    occasions.add(occasion);
                }
            }
            occasions.sort((a, b) -> {
                int byDate = a.date().compareTo(b.date());
                return byDate != 0 ? byDate : a.id().compareTo(b.id());
            });
            conduct.add(occasions);
            if (!occasions.isEmpty()) {
                withConduct++;
            }
        }

        List<CrimeKey> crimes = new ArrayList<>();
        List<IncidentKey> incidents = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        for (int v = 0; v < victims.size(); v++) {
            List<Occasion> occasions = conduct.get(v);
            if (occasions.isEmpty()) {
                continue;
            }
            String victim = victims.get(v);
            int questionsBefore = questions.size();
            Assessment assessment = assessment(report, suspect, victim);
            Answer effect = effect(report, victim);
            RelationshipKind relationship = relationship(report, suspect, victim);

            int n = occasions.size();
            List<String> ids = new ArrayList<>(n);
            int fear = 0;
            int fearUnknown = 0;
            int distress = 0;
            int distressUnknown = 0;
            int serious = 0;
            int seriousUnknown = 0;
            int fromStalking = 0;
            boolean stalkingAct = false;
            long closest = -1;
            for (int i = 0; i < n; i++) {
                Occasion occasion = occasions.get(i);
                ids.add(occasion.id());
                if (i > 0) {
                    long gap = ChronoUnit.DAYS.between(occasions.get(i - 1).date(), occasion.date());
                    closest = closest < 0 ? gap : Math.min(closest, gap);
                }
                Reaction reaction = occasion.reactionOf(victim);
                Answer feared = reaction.fearedViolence();
                Answer seriously = reaction.seriousAlarmOrDistress();
                fear += feared == Answer.YES ? 1 : 0;
                fearUnknown += feared == Answer.UNKNOWN ? 1 : 0;
                serious += seriously == Answer.YES ? 1 : 0;
                seriousUnknown += seriously == Answer.UNKNOWN ? 1 : 0;
                Answer alarmed = feared == Answer.YES || seriously == Answer.YES ? Answer.YES : reaction.alarmOrDistress();
                distress += alarmed == Answer.YES ? 1 : 0;
                distressUnknown += alarmed == Answer.UNKNOWN ? 1 : 0;
                if (!occasion.date().isBefore(STALKING_IN_FORCE)) {
                    fromStalking++;
                    for (Behaviour behaviour : occasion.behaviours()) {
                        stalkingAct |= STALKING_ACTS.contains(behaviour);
                    }
                }
            }
            LocalDate last = occasions.get(n - 1).date();

            // C1, C2: a candidate course; C3: connected.
            boolean candidate = n >= 2;
            if (n == 1 && withConduct > 1) {
                if (assessment.aimToPersuade() == Answer.YES) {
                    candidate = true;
                } else if (assessment.aimToPersuade() == Answer.UNKNOWN) {
                    questions.add(question("aim-to-persuade", suspect, victim, "C2"));
                }
            }
            boolean course = false;
            if (candidate) {
                Answer connected = assessment.occasionsConnected();
                // C2: an aim to persuade several people connects the occasions towards each, however far apart.
                boolean persuading = withConduct > 1 && assessment.aimToPersuade() == Answer.YES;
                if (connected == Answer.YES || (connected == Answer.UNKNOWN && (closest <= WIDE_GAP_DAYS || persuading))) {
                    course = true;
                } else if (connected == Answer.UNKNOWN) {
                    questions.add(question("occasions-connected", suspect, victim, "C3"));
                }
            }

            // H1 harassment, H2 s4, S1/S3/S4 stalking, S2 s4A; P1 the most serious is counted.
            Kind counted = null;
            if (course && distress > 0) {
                counted = fear >= 2 ? Kind.FEAR_OF_VIOLENCE : Kind.HARASSMENT;
                ConductFocus focus = assessment.focus();
                boolean ground = focus != ConductFocus.ISSUE && !last.isBefore(STALKING_IN_FORCE)
                        && (stalkingAct || focus == ConductFocus.PERSON
                            || (relationship == RelationshipKind.FORMER_INTIMATE_PARTNER
                                && !asAt.isBefore(FORMER_PARTNER_DEFAULT)));
                if (ground && fromStalking >= 2) {
                    if (fear >= 2 || (serious > 0 && effect == Answer.YES)) {
                        counted = Kind.STALKING_SERIOUS;
                    } else {
                        counted = counted == Kind.FEAR_OF_VIOLENCE ? counted : Kind.STALKING;
                        if (fear + fearUnknown >= 2) {
                            questions.add(question("fear-of-violence", suspect, victim, "S2"));
                        }
                        if (serious == 0 && seriousUnknown > 0 && effect != Answer.NO) {
                            questions.add(question("serious-alarm-or-distress", suspect, victim, "S2"));
                        }
                        if (serious + seriousUnknown > 0 && effect == Answer.UNKNOWN) {
                            questions.add(question("substantial-adverse-effect", suspect, victim, "S2"));
                        }
                    }
                } else if (fear < 2 && fear + fearUnknown >= 2) {
                    questions.add(question("fear-of-violence", suspect, victim, "H2"));
                }
            } else if (course && distressUnknown > 0) {
                questions.add(question("alarm-or-distress", suspect, victim, "H1"));
            }

            if (counted != null) {
                String code = (counted == Kind.STALKING || counted == Kind.STALKING_SERIOUS)
                        && asAt.isBefore(STALKING_CODE_8Q) ? "8L" : counted.code;
                crimes.add(new CrimeKey(counted.offence, counted.legislation, code, victim, suspect, List.copyOf(ids)));
            } else if (questions.size() == questionsBefore) {
                // N2: what is not a crime, and asks nothing, is an incident.
                incidents.add(new IncidentKey(n == 1 ? "Crime-related incident (first incident of harassment)"
                        : "Crime-related incident", victim, suspect, List.copyOf(ids)));
            }
        }
        questions.sort(null);
        return new Outcome(questions.isEmpty() ? DecisionStatus.DETERMINED : DecisionStatus.NEEDS_INFORMATION,
                crimes, incidents, questions);
    }

    private static String question(String topic, String suspect, String victim, String ruleId) {
        return topic + ":" + suspect + ":" + victim + " (" + ruleId + ")";
    }

    private static Assessment assessment(Report report, String suspect, String victim) {
        for (Assessment a : report.assessments()) {
            if (a.suspectId().equals(suspect) && a.victimId().equals(victim)) {
                return a;
            }
        }
        return new Assessment(suspect, victim, null, null, null);
    }

    private static Answer effect(Report report, String victim) {
        for (EffectOnVictim e : report.effects()) {
            if (e.victimId().equals(victim)) {
                return e.substantialAdverseEffect();
            }
        }
        return Answer.UNKNOWN;
    }

    private static RelationshipKind relationship(Report report, String suspect, String victim) {
        for (Relationship r : report.relationships()) {
            if (r.suspectId().equals(suspect) && r.victimId().equals(victim)) {
                return r.kind();
            }
        }
        return RelationshipKind.UNKNOWN;
    }
}
