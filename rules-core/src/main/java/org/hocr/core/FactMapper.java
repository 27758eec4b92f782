package org.hocr.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hocr.api.Assessment;
import org.hocr.api.Communication;
import org.hocr.api.Order;
import org.hocr.api.OtherOffence;
import org.hocr.api.PriorRecord;
import org.hocr.api.EffectOnVictim;
import org.hocr.api.Hostility;
import org.hocr.api.Occasion;
import org.hocr.api.Person;
import org.hocr.api.PersonKind;
import org.hocr.api.PersonRole;
import org.hocr.api.Reaction;
import org.hocr.api.Relationship;
import org.hocr.api.Report;
import org.hocr.api.RulebookOptions;
import org.hocr.core.facts.Act;
import org.hocr.core.facts.AsAt;
import org.hocr.core.facts.AssessmentFact;
import org.hocr.core.facts.BehaviourFact;
import org.hocr.core.facts.BreachClaim;
import org.hocr.core.facts.CommunicationFact;
import org.hocr.core.facts.OrderFact;
import org.hocr.core.facts.OtherOffenceFact;
import org.hocr.core.facts.PriorRecordFact;
import org.hocr.core.facts.Protects;
import org.hocr.core.facts.ReportFacts;
import org.hocr.core.facts.Direction;
import org.hocr.core.facts.EffectFact;
import org.hocr.core.facts.HostilityFact;
import org.hocr.core.facts.OccasionFact;
import org.hocr.core.facts.PersonFact;
import org.hocr.core.facts.RelationshipFact;

/**
 * Maps a valid report to the facts the rules reason over. It flattens and fills in "unknown" for what was not
 * given; it decides nothing. Facts come out in a canonical order (persons by id, occasions by date and id) so
 * that the order of the input cannot change the order in which rules fire.
 */
final class FactMapper {
    private FactMapper() {
    }

    static List<Object> facts(Report report, RulebookOptions options) {
        List<Object> facts = new ArrayList<>();
        facts.add(new AsAt(report.asAt()));
        facts.add(options);
        facts.add(new ReportFacts(report.received(), report.recorded(), report.outcomeCode()));

        Map<String, Person> persons = new HashMap<>();
        List<Person> sortedPersons = new ArrayList<>(report.persons());
        sortedPersons.sort(Comparator.comparing(Person::id));
        for (Person person : sortedPersons) {
            persons.put(person.id(), person);
            facts.add(new PersonFact(person.id(), person.role(), person.kind() == PersonKind.INDIVIDUAL, person.under16()));
        }
        report.relationships().stream().sorted(Comparator.comparing(Relationship::suspectId)
                        .thenComparing(Relationship::victimId))
                .forEach(r -> facts.add(new RelationshipFact(r.suspectId(), r.victimId(), r.kind(), r.livedTogether(),
                        r.endedOn(), r.responsibleForVictim())));

        report.orders().stream().sorted(Comparator.comparing(Order::id)).forEach(order -> {
            facts.add(new OrderFact(order.id(), order.type(), order.subjectId(), order.made(), order.madeWithoutNotice(),
                    order.suspectKnewOn(), order.expires()));
            sorted(order.protectedIds()).forEach(id -> facts.add(new Protects(order.id(), id)));
        });
        report.priorRecords().stream().sorted(Comparator.comparing(PriorRecord::id)).forEach(r ->
                facts.add(new PriorRecordFact(r.id(), r.recordedOn(), r.suspectId(), r.victimId(), r.occasionIds(),
                        r.action(), r.actionOn())));

        List<Occasion> occasions = new ArrayList<>(report.occasions());
        occasions.sort(Comparator.comparing(Occasion::date).thenComparing(Occasion::id));
        Set<String> pairs = new LinkedHashSet<>();
        for (Occasion occasion : occasions) {
            facts.add(new OccasionFact(occasion.id(), occasion.date(), occasion.online()));
            for (org.hocr.api.Behaviour b : sorted(occasion.behaviours())) {
                facts.add(new BehaviourFact(occasion.id(), occasion.date(), b));
            }
            boolean conduit = !occasion.affectedIds().isEmpty();
            for (String suspectId : sorted(occasion.actorIds())) {
                for (String personId : sorted(occasion.aimedAtIds())) {
                    facts.add(act(occasion, suspectId, persons.get(personId), Direction.AIMED_AT, conduit));
                    pairs.add(suspectId + "\u0000" + personId);
                    // Conduct through a go-between breaches the order protecting the person it was meant to reach.
                    if (!conduit) {
                        breachClaims(occasion, suspectId, personId, facts);
                    }
                    Communication c = occasion.communication();
                    if (c != null) {
                        facts.add(new CommunicationFact(occasion.id(), occasion.date(), suspectId, personId,
                                List.copyOf(new java.util.TreeSet<>(c.content())), c.purpose(), c.network()));
                    }
                }
                for (OtherOffence other : occasion.otherOffences()) {
                    facts.add(new OtherOffenceFact(occasion.id(), occasion.date(), suspectId, other.victimId(),
                            other.kind()));
                }
                for (String personId : sorted(occasion.affectedIds())) {
                    if (!occasion.aimedAtIds().contains(personId)) {
                        facts.add(act(occasion, suspectId, persons.get(personId), Direction.THROUGH_THIRD_PARTY, false));
                        pairs.add(suspectId + "\u0000" + personId);
                        breachClaims(occasion, suspectId, personId, facts);
                    }
                }
            }
        }

        Map<String, EffectOnVictim> effects = new HashMap<>();
        report.effects().forEach(e -> effects.put(e.victimId(), e));
        for (Person person : sortedPersons) {
            if (person.role() != PersonRole.SUSPECT) {
                EffectOnVictim effect = effects.get(person.id());
                facts.add(effect == null ? new EffectFact(person.id(), org.hocr.api.Answer.UNKNOWN, List.of())
                        : new EffectFact(person.id(), effect.substantialAdverseEffect(), effect.changes()));
            }
        }

        report.hostilities().stream().sorted(Comparator.comparing(Hostility::suspectId)
                        .thenComparing(Hostility::victimId).thenComparing(Hostility::basis))
                .forEach(h -> facts.add(new HostilityFact(h.suspectId(), h.victimId(), h.basis(), h.occasionIds())));

        Map<String, Assessment> assessments = new HashMap<>();
        report.assessments().forEach(a -> assessments.put(a.suspectId() + "\u0000" + a.victimId(), a));
        pairs.stream().sorted().forEach(pair -> {
            String[] ids = pair.split("\u0000", 2);
            Assessment given = assessments.get(pair);
            Assessment a = given != null ? given : new Assessment(ids[0], ids[1], null, null, null);
            facts.add(new AssessmentFact(ids[0], ids[1], a.occasionsConnected(), a.focus(), a.aimToPersuade()));
        });
        return facts;
    }

    private static void breachClaims(Occasion occasion, String suspectId, String personId, List<Object> facts) {
        for (String orderId : sorted(occasion.breachOf())) {
            facts.add(new BreachClaim(occasion.id(), occasion.date(), orderId, suspectId, personId));
        }
    }

    private static Act act(Occasion occasion, String suspectId, Person person, Direction direction, boolean conduit) {
        Reaction reaction = occasion.reactionOf(person.id());
        return new Act(occasion.id(), occasion.date(), suspectId, person.id(), person.role(),
                person.kind() == PersonKind.INDIVIDUAL, direction, conduit, reaction.fearedViolence(),
                reaction.alarmOrDistress(), reaction.seriousAlarmOrDistress(), occasion.online());
    }

    /** The distinct values in their natural order (one value, the usual case, is returned as it is). */
    private static <T extends Comparable<? super T>> List<T> sorted(List<T> values) {
        if (values.size() <= 1) {
            return values;
        }
        return new LinkedHashSet<>(values).stream().sorted().toList();
    }
}
