package org.hocr.core.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.hocr.api.Answer;
import org.hocr.api.Assessment;
import org.hocr.api.Behaviour;
import org.hocr.api.EffectOnVictim;
import org.hocr.api.Hostility;
import org.hocr.api.Occasion;
import org.hocr.api.Order;
import org.hocr.api.OtherOffence;
import org.hocr.api.Person;
import org.hocr.api.PriorRecord;
import org.hocr.api.Reaction;
import org.hocr.api.Relationship;
import org.hocr.api.Report;

/**
 * Variants of a report that must not change its decision (shuffled, renamed) or may change it only in one
 * direction (one more occasion, fear on one more occasion, hostility). Each returns a new, valid report.
 */
final class ReportVariants {
    private ReportVariants() {
    }

    // ---- shuffling ----

    /** The same report with every list in another order: persons, occasions, behaviours, reactions and the rest. */
    static Report shuffled(Report r, Random random) {
        List<Occasion> occasions = new ArrayList<>();
        for (Occasion o : r.occasions()) {
            occasions.add(new Occasion(o.id(), o.date(), o.time(), shuffle(o.actorIds(), random),
                    shuffle(o.aimedAtIds(), random), shuffle(o.affectedIds(), random), shuffle(o.behaviours(), random),
                    o.online(), shuffle(o.reactions(), random), shuffle(o.breachOf(), random),
                    shuffle(o.otherOffences(), random), o.communication(), o.description()));
        }
        List<Order> orders = new ArrayList<>();
        for (Order o : r.orders()) {
            orders.add(new Order(o.id(), o.type(), o.subjectId(), o.made(), o.madeWithoutNotice(), o.suspectKnewOn(),
                    o.expires(), shuffle(o.protectedIds(), random), shuffle(o.prohibits(), random)));
        }
        List<Hostility> hostilities = new ArrayList<>();
        for (Hostility h : r.hostilities()) {
            hostilities.add(new Hostility(h.suspectId(), h.victimId(), h.basis(), shuffle(h.occasionIds(), random)));
        }
        List<PriorRecord> records = new ArrayList<>();
        for (PriorRecord p : r.priorRecords()) {
            records.add(new PriorRecord(p.id(), p.recordedOn(), p.suspectId(), p.victimId(),
                    shuffle(p.occasionIds(), random), p.action(), p.actionOn()));
        }
        return new Report(r.id(), r.asAt(), shuffle(r.persons(), random), shuffle(r.relationships(), random),
                shuffle(occasions, random), shuffle(r.effects(), random), shuffle(hostilities, random),
                shuffle(r.assessments(), random), shuffle(orders, random), shuffle(records, random), r.received(),
                r.recorded(), r.outcomeCode());
    }

    private static <T> List<T> shuffle(List<T> values, Random random) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }

    // ---- renaming ----

    /** A report with every id renamed, and the map from each new id back to the old one. */
    record Renamed(Report report, Map<String, String> backToOriginal) {
    }

    /**
     * Renames every id (report, persons, occasions, orders, prior records) to a fresh random one, so that the
     * alphabetical order of ids no longer matches the original's.
     */
    static Renamed renamed(Report r, Random random) {
        Map<String, String> names = new LinkedHashMap<>();
        UnaryOperator<String> rename = id -> id == null ? null : names.computeIfAbsent(id, k -> freshId(random, names));
        rename.apply(r.id());
        r.persons().forEach(p -> rename.apply(p.id()));
        r.occasions().forEach(o -> rename.apply(o.id()));
        r.orders().forEach(o -> rename.apply(o.id()));
        r.priorRecords().forEach(p -> rename.apply(p.id()));

        List<Person> persons = r.persons().stream().map(p -> new Person(rename.apply(p.id()), p.role(), p.kind(),
                p.thirdPartyKind(), p.under16(), p.label())).toList();
        List<Relationship> relationships = r.relationships().stream().map(x -> new Relationship(rename.apply(x.suspectId()),
                rename.apply(x.victimId()), x.kind(), x.livedTogether(), x.endedOn(), x.responsibleForVictim())).toList();
        List<Occasion> occasions = r.occasions().stream().map(o -> new Occasion(rename.apply(o.id()), o.date(), o.time(),
                all(o.actorIds(), rename), all(o.aimedAtIds(), rename), all(o.affectedIds(), rename), o.behaviours(),
                o.online(), o.reactions().stream().map(x -> new Reaction(rename.apply(x.personId()), x.fearedViolence(),
                        x.alarmOrDistress(), x.seriousAlarmOrDistress())).toList(),
                all(o.breachOf(), rename),
                o.otherOffences().stream().map(x -> new OtherOffence(x.kind(), rename.apply(x.victimId()))).toList(),
                o.communication(), o.description())).toList();
        List<EffectOnVictim> effects = r.effects().stream().map(e -> new EffectOnVictim(rename.apply(e.victimId()),
                e.substantialAdverseEffect(), e.changes(), e.description())).toList();
        List<Hostility> hostilities = r.hostilities().stream().map(h -> new Hostility(rename.apply(h.suspectId()),
                rename.apply(h.victimId()), h.basis(), all(h.occasionIds(), rename))).toList();
        List<Assessment> assessments = r.assessments().stream().map(a -> new Assessment(rename.apply(a.suspectId()),
                rename.apply(a.victimId()), a.occasionsConnected(), a.focus(), a.aimToPersuade())).toList();
        List<Order> orders = r.orders().stream().map(o -> new Order(rename.apply(o.id()), o.type(),
                rename.apply(o.subjectId()), o.made(), o.madeWithoutNotice(), o.suspectKnewOn(), o.expires(),
                all(o.protectedIds(), rename), o.prohibits())).toList();
        List<PriorRecord> records = r.priorRecords().stream().map(p -> new PriorRecord(rename.apply(p.id()),
                p.recordedOn(), rename.apply(p.suspectId()), rename.apply(p.victimId()), all(p.occasionIds(), rename),
                p.action(), p.actionOn())).toList();
        Report report = new Report(rename.apply(r.id()), r.asAt(), persons, relationships, occasions, effects,
                hostilities, assessments, orders, records, r.received(), r.recorded(), r.outcomeCode());
        Map<String, String> back = new HashMap<>();
        names.forEach((original, fresh) -> back.put(fresh, original));
        return new Renamed(report, back);
    }

    private static List<String> all(List<String> ids, UnaryOperator<String> rename) {
        return ids.stream().map(rename).toList();
    }

    /** "id" and eight random lower-case letters and digits: never a word, rule id or section of the output. */
    private static String freshId(Random random, Map<String, String> taken) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        while (true) {
            StringBuilder id = new StringBuilder("id");
            for (int i = 0; i < 8; i++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (!taken.containsValue(id.toString())) {
                return id.toString();
            }
        }
    }

    // ---- additions ----

    /** The report with one more occasion by the suspect towards the person, on a date within the report's range. */
    static Report withOccasion(Report r, String suspectId, String personId, LocalDate date, List<Behaviour> behaviours,
                               Reaction reaction) {
        String id = "O-extra";
        Occasion added = Occasion.builder(id, date).by(suspectId).aimedAt(personId)
                .behaviours(behaviours.toArray(Behaviour[]::new))
                .reaction(new Reaction(personId, reaction.fearedViolence(), reaction.alarmOrDistress(),
                        reaction.seriousAlarmOrDistress()))
                .build();
        List<Occasion> occasions = new ArrayList<>(r.occasions());
        occasions.add(added);
        return new Report(r.id(), r.asAt(), r.persons(), r.relationships(), occasions, r.effects(), r.hostilities(),
                r.assessments(), r.orders(), r.priorRecords(), r.received(), r.recorded(), r.outcomeCode());
    }

    /** The report where the person feared violence on the given occasion (and so was alarmed). */
    static Report withFear(Report r, String occasionId, String personId) {
        List<Occasion> occasions = new ArrayList<>();
        for (Occasion o : r.occasions()) {
            if (!o.id().equals(occasionId)) {
                occasions.add(o);
                continue;
            }
            List<Reaction> reactions = new ArrayList<>();
            boolean found = false;
            for (Reaction x : o.reactions()) {
                if (x.personId().equals(personId)) {
                    reactions.add(new Reaction(personId, Answer.YES, Answer.YES, x.seriousAlarmOrDistress()));
                    found = true;
                } else {
                    reactions.add(x);
                }
            }
            if (!found) {
                reactions.add(new Reaction(personId, Answer.YES, Answer.YES, Answer.UNKNOWN));
            }
            occasions.add(new Occasion(o.id(), o.date(), o.time(), o.actorIds(), o.aimedAtIds(), o.affectedIds(),
                    o.behaviours(), o.online(), reactions, o.breachOf(), o.otherOffences(), o.communication(),
                    o.description()));
        }
        return new Report(r.id(), r.asAt(), r.persons(), r.relationships(), occasions, r.effects(), r.hostilities(),
                r.assessments(), r.orders(), r.priorRecords(), r.received(), r.recorded(), r.outcomeCode());
    }

    /** The report with one more hostility. */
    static Report withHostility(Report r, Hostility hostility) {
        List<Hostility> hostilities = new ArrayList<>(r.hostilities());
        hostilities.add(hostility);
        return new Report(r.id(), r.asAt(), r.persons(), r.relationships(), r.occasions(), r.effects(), hostilities,
                r.assessments(), r.orders(), r.priorRecords(), r.received(), r.recorded(), r.outcomeCode());
    }
}
