package org.hocr.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a report is complete and consistent before any rule sees it, and lists every problem with
 * its path. Messages name ids and fields, never free text.
 */
public final class ReportValidator {

    /** Most persons in one report. */
    public static final int MAX_PERSONS = 1_000;
    /** Most occasions in one report. */
    public static final int MAX_OCCASIONS = 100_000;
    /** Earliest recording date accepted: the counting rules encoded begin with the National Crime Recording Standard. */
    public static final LocalDate EARLIEST_RECORDING_DATE = LocalDate.of(2002, 4, 1);
    /** Earliest conduct date accepted: before the Protection from Harassment Act 1997 nothing here applies. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1997, 6, 16);

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, PersonRole> roles = new HashMap<>();
    private final Set<String> occasionIds = new HashSet<>();
    private final Set<String> orderIds = new HashSet<>();

    private ReportValidator() {
    }

    /** Every problem in the report; empty if it is valid. */
    public static List<Problem> problems(Report report) {
        ReportValidator validator = new ReportValidator();
        validator.check(report);
        return List.copyOf(validator.problems);
    }

    /** Throws {@link InvalidReportException} listing every problem, if there are any. */
    public static void requireValid(Report report) {
        List<Problem> found = problems(report);
        if (!found.isEmpty()) {
            throw new InvalidReportException(found);
        }
    }

    private void check(Report report) {
        if (report == null) {
            add("$", "no report given");
            return;
        }
        if (blank(report.id())) {
            add("id", "missing: every report needs a reference");
        }
        if (report.asAt() == null) {
            add("asAt", "missing: the recording date decides which counting rules apply");
        } else if (report.asAt().isBefore(EARLIEST_RECORDING_DATE)) {
            add("asAt", report.asAt() + " is before " + EARLIEST_RECORDING_DATE
                    + " (National Crime Recording Standard), where these counting rules begin");
        }
        checkPersons(report.persons());
        checkRelationships(report.relationships());
        checkOrders(report.orders(), report.asAt());
        checkOccasions(report.occasions(), report.asAt());
        checkEffects(report.effects());
        checkHostilities(report.hostilities());
        checkAssessments(report.assessments());
        checkPriorRecords(report.priorRecords(), report.asAt());
        if (report.received() != null && report.recorded() != null && report.recorded().isBefore(report.received())) {
            add("recorded", "is before the report was received");
        }
    }

    private void checkOrders(List<Order> orders, LocalDate asAt) {
        for (int i = 0; i < orders.size(); i++) {
            Order order = orders.get(i);
            String path = "orders[" + i + "]";
            if (order == null) {
                add(path, "null");
                continue;
            }
            if (blank(order.id())) {
                add(path + ".id", "missing");
            } else if (!orderIds.add(order.id())) {
                add(path + ".id", "duplicate order id '" + order.id() + "'");
            }
            if (order.type() == null) {
                add(path + ".type", "missing");
            }
            suspect(order.subjectId(), path + ".subjectId");
            checkDate(order.made(), asAt, path + ".made");
            if (order.suspectKnewOn() != null && order.made() != null && order.suspectKnewOn().isBefore(order.made())) {
                add(path + ".suspectKnewOn", "is before the order was made");
            }
            if (order.expires() != null && order.made() != null && order.expires().isBefore(order.made())) {
                add(path + ".expires", "is before the order was made");
            }
            if (order.protectedIds().isEmpty()) {
                add(path + ".protectedIds", "empty: whom does the order protect?");
            }
            for (int j = 0; j < order.protectedIds().size(); j++) {
                nonSuspect(order.protectedIds().get(j), path + ".protectedIds[" + j + "]");
            }
        }
    }

    private void checkPriorRecords(List<PriorRecord> records, LocalDate asAt) {
        for (int i = 0; i < records.size(); i++) {
            PriorRecord record = records.get(i);
            String path = "priorRecords[" + i + "]";
            if (record == null) {
                add(path, "null");
                continue;
            }
            if (blank(record.id())) {
                add(path + ".id", "missing");
            }
            checkDate(record.recordedOn(), asAt, path + ".recordedOn");
            suspect(record.suspectId(), path + ".suspectId");
            nonSuspect(record.victimId(), path + ".victimId");
            for (int j = 0; j < record.occasionIds().size(); j++) {
                if (!occasionIds.contains(record.occasionIds().get(j))) {
                    add(path + ".occasionIds[" + j + "]", "unknown occasion '" + record.occasionIds().get(j) + "'");
                }
            }
            if (record.action() != PoliceAction.NONE && record.actionOn() == null) {
                add(path + ".actionOn", "missing: when was the " + record.action() + "?");
            }
            if (record.actionOn() != null && asAt != null && record.actionOn().isAfter(asAt)) {
                add(path + ".actionOn", record.actionOn() + " is after the recording date " + asAt);
            }
        }
    }

    private void checkPersons(List<Person> persons) {
        if (persons.isEmpty()) {
            add("persons", "empty: a report needs at least one victim and one suspect");
            return;
        }
        if (persons.size() > MAX_PERSONS) {
            add("persons", "too many: " + persons.size() + " (at most " + MAX_PERSONS + ")");
            return;
        }
        for (int i = 0; i < persons.size(); i++) {
            Person person = persons.get(i);
            String path = "persons[" + i + "]";
            if (person == null) {
                add(path, "null");
                continue;
            }
            if (blank(person.id())) {
                add(path + ".id", "missing");
            } else if (roles.containsKey(person.id())) {
                add(path + ".id", "duplicate person id '" + person.id() + "'");
            }
            if (person.role() == null) {
                add(path + ".role", "missing: VICTIM, SUSPECT or THIRD_PARTY");
            }
            if (!blank(person.id()) && !roles.containsKey(person.id())) {
                roles.put(person.id(), person.role());
            }
        }
        if (!roles.containsValue(PersonRole.SUSPECT)) {
            add("persons", "no suspect: name the suspect, even if only as an unidentified person");
        }
        if (!roles.containsValue(PersonRole.VICTIM)) {
            add("persons", "no victim");
        }
    }

    private void checkRelationships(List<Relationship> relationships) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < relationships.size(); i++) {
            Relationship relationship = relationships.get(i);
            String path = "relationships[" + i + "]";
            if (relationship == null) {
                add(path, "null");
                continue;
            }
            suspect(relationship.suspectId(), path + ".suspectId");
            nonSuspect(relationship.victimId(), path + ".victimId");
            if (!pairs.add(relationship.suspectId() + "\u0000" + relationship.victimId())) {
                add(path, "duplicate relationship for suspect '" + relationship.suspectId() + "' and victim '"
                        + relationship.victimId() + "'");
            }
        }
    }

    private void checkOccasions(List<Occasion> occasions, LocalDate asAt) {
        if (occasions.isEmpty()) {
            add("occasions", "empty: a report needs at least one occasion of conduct");
            return;
        }
        if (occasions.size() > MAX_OCCASIONS) {
            add("occasions", "too many: " + occasions.size() + " (at most " + MAX_OCCASIONS + ")");
            return;
        }
        for (int i = 0; i < occasions.size(); i++) {
            Occasion occasion = occasions.get(i);
            Object path = at("", "occasions", i);
            if (occasion == null) {
                add(path, "null");
                continue;
            }
            if (blank(occasion.id())) {
                add(path + ".id", "missing");
            } else if (!occasionIds.add(occasion.id())) {
                add(path + ".id", "duplicate occasion id '" + occasion.id() + "'");
            }
            checkDate(occasion.date(), asAt, at(path, ".date"));
            if (occasion.actorIds().isEmpty()) {
                add(path + ".actorIds", "empty: who acted?");
            }
            for (int j = 0; j < occasion.actorIds().size(); j++) {
                suspect(occasion.actorIds().get(j), at(path, ".actorIds", j));
            }
            if (occasion.aimedAtIds().isEmpty()) {
                add(path + ".aimedAtIds", "empty: at whom was the conduct aimed?");
            }
            for (int j = 0; j < occasion.aimedAtIds().size(); j++) {
                known(occasion.aimedAtIds().get(j), at(path, ".aimedAtIds", j));
            }
            for (int j = 0; j < occasion.affectedIds().size(); j++) {
                known(occasion.affectedIds().get(j), at(path, ".affectedIds", j));
            }
            if (occasion.behaviours().isEmpty()) {
                add(path + ".behaviours", "empty: what did the suspect do?");
            }
            for (int j = 0; j < occasion.behaviours().size(); j++) {
                if (occasion.behaviours().get(j) == null) {
                    add(path + ".behaviours[" + j + "]", "null");
                }
            }
            checkReactions(occasion, path);
            for (int j = 0; j < occasion.breachOf().size(); j++) {
                String id = occasion.breachOf().get(j);
                if (!orderIds.contains(id)) {
                    add(path + ".breachOf[" + j + "]", "unknown order '" + id + "'");
                }
            }
            for (int j = 0; j < occasion.otherOffences().size(); j++) {
                OtherOffence offence = occasion.otherOffences().get(j);
                Object opath = at(path, ".otherOffences", j);
                if (offence == null || offence.kind() == null) {
                    add(opath + ".kind", "missing");
                } else {
                    nonSuspect(offence.victimId(), at(opath, ".victimId"));
                }
            }
            if (occasion.communication() != null && occasion.communication().content().isEmpty()) {
                add(path + ".communication.content", "empty: what did the communication contain?");
            }
        }
    }

    private void checkReactions(Occasion occasion, Object path) {
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < occasion.reactions().size(); j++) {
            Reaction reaction = occasion.reactions().get(j);
            Object rpath = at(path, ".reactions", j);
            if (reaction == null) {
                add(rpath, "null");
                continue;
            }
            if (known(reaction.personId(), at(rpath, ".personId"))
                    && !occasion.aimedAtIds().contains(reaction.personId())
                    && !occasion.affectedIds().contains(reaction.personId())) {
                add(rpath + ".personId", "'" + reaction.personId()
                        + "' is neither aimed at nor affected by this occasion");
            }
            if (reaction.personId() != null && !seen.add(reaction.personId())) {
                add(rpath + ".personId", "duplicate reaction for '" + reaction.personId() + "'");
            }
        }
    }

    private void checkDate(LocalDate date, LocalDate asAt, Object path) {
        if (date == null) {
            add(path, "missing");
        } else if (asAt != null && date.isAfter(asAt)) {
            add(path, date + " is after the recording date " + asAt);
        } else if (date.isBefore(EARLIEST_DATE)) {
            add(path, date + " is before " + EARLIEST_DATE + " (Protection from Harassment Act 1997 in force)");
        }
    }

    private void checkEffects(List<EffectOnVictim> effects) {
        Set<String> victims = new HashSet<>();
        for (int i = 0; i < effects.size(); i++) {
            EffectOnVictim effect = effects.get(i);
            String path = "effects[" + i + "]";
            if (effect == null) {
                add(path, "null");
                continue;
            }
            nonSuspect(effect.victimId(), path + ".victimId");
            if (effect.victimId() != null && !victims.add(effect.victimId())) {
                add(path + ".victimId", "duplicate effect for '" + effect.victimId() + "'");
            }
        }
    }

    private void checkHostilities(List<Hostility> hostilities) {
        for (int i = 0; i < hostilities.size(); i++) {
            Hostility hostility = hostilities.get(i);
            String path = "hostilities[" + i + "]";
            if (hostility == null) {
                add(path, "null");
                continue;
            }
            suspect(hostility.suspectId(), path + ".suspectId");
            nonSuspect(hostility.victimId(), path + ".victimId");
            if (hostility.basis() == null) {
                add(path + ".basis", "missing");
            }
            for (int j = 0; j < hostility.occasionIds().size(); j++) {
                String id = hostility.occasionIds().get(j);
                if (!occasionIds.contains(id)) {
                    add(path + ".occasionIds[" + j + "]", "unknown occasion '" + id + "'");
                }
            }
        }
    }

    private void checkAssessments(List<Assessment> assessments) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment assessment = assessments.get(i);
            String path = "assessments[" + i + "]";
            if (assessment == null) {
                add(path, "null");
                continue;
            }
            suspect(assessment.suspectId(), path + ".suspectId");
            nonSuspect(assessment.victimId(), path + ".victimId");
            if (!pairs.add(assessment.suspectId() + "\u0000" + assessment.victimId())) {
                add(path, "duplicate assessment for suspect '" + assessment.suspectId() + "' and victim '"
                        + assessment.victimId() + "'");
            }
        }
    }

    private boolean known(String personId, Object path) {
        if (blank(personId)) {
            add(path, "missing person id");
            return false;
        }
        if (!roles.containsKey(personId)) {
            add(path, "unknown person '" + personId + "'");
            return false;
        }
        return true;
    }

    private void suspect(String personId, Object path) {
        if (known(personId, path) && roles.get(personId) != PersonRole.SUSPECT) {
            add(path, "'" + personId + "' is not a suspect");
        }
    }

    private void nonSuspect(String personId, Object path) {
        if (known(personId, path) && roles.get(personId) == PersonRole.SUSPECT) {
            add(path, "'" + personId + "' is a suspect, not a victim or third party");
        }
    }

    /** A problem at a path: a string, or a {@link #at lazily built} path, made a string only here. */
    private void add(Object path, String message) {
        problems.add(new Problem(path.toString(), message));
    }

    /**
     * The path {@code parent + name}, built only if a problem is reported there: a valid report's occasions are
     * checked without building a string for each of their fields.
     */
    private static Object at(Object parent, String name) {
        return new LazyPath(parent, name, -1);
    }

    /** The path {@code parent + name + "[" + index + "]"}, built only if a problem is reported there. */
    private static Object at(Object parent, String name, int index) {
        return new LazyPath(parent, name, index);
    }

    private record LazyPath(Object parent, String name, int index) {
        @Override
        public String toString() {
            return index < 0 ? parent + name : parent + name + "[" + index + "]";
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
