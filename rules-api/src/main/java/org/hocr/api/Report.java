package org.hocr.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of a report, as known on a recording date.
 *
 * @param id            the report's reference (for example an incident number); never personal data
 * @param asAt          the recording date: the counting-rules edition of that date applies
 * @param persons       victims, suspects and third parties
 * @param relationships how each suspect stands to each victim
 * @param occasions     the occasions of conduct
 * @param effects       the effect of the conduct on each victim
 * @param hostilities   hostility shown or motivating
 * @param assessments   the officer's judgements about each suspect's conduct towards each victim
 * @param orders        orders against a suspect protecting persons in the report
 * @param priorRecords  crimes already recorded for earlier conduct, and the police action on them
 * @param received      when the report reached the police, if known (for the 24-hour limit, N3)
 * @param recorded      when the crime was recorded, if known (for the 24-hour limit, N3)
 * @param outcomeCode   the Home Office outcome code the force assigned, if any (for audits, D10)
 */
public record Report(String id, LocalDate asAt, List<Person> persons, List<Relationship> relationships,
                     List<Occasion> occasions, List<EffectOnVictim> effects, List<Hostility> hostilities,
                     List<Assessment> assessments, List<Order> orders, List<PriorRecord> priorRecords,
                     LocalDateTime received, LocalDateTime recorded, Integer outcomeCode) {

    public Report {
        persons = Lists.copy(persons);
        relationships = Lists.copy(relationships);
        occasions = Lists.copy(occasions);
        effects = Lists.copy(effects);
        hostilities = Lists.copy(hostilities);
        assessments = Lists.copy(assessments);
        orders = Lists.copy(orders);
        priorRecords = Lists.copy(priorRecords);
    }

    /** Starts a report recorded on {@code asAt}. */
    public static Builder builder(String id, LocalDate asAt) {
        return new Builder(id, asAt);
    }

    /** Builds a {@link Report}. */
    public static final class Builder {
        private final String id;
        private final LocalDate asAt;
        private final List<Person> persons = new ArrayList<>();
        private final List<Relationship> relationships = new ArrayList<>();
        private final List<Occasion> occasions = new ArrayList<>();
        private final List<EffectOnVictim> effects = new ArrayList<>();
        private final List<Hostility> hostilities = new ArrayList<>();
        private final List<Assessment> assessments = new ArrayList<>();
        private final List<Order> orders = new ArrayList<>();
        private final List<PriorRecord> priorRecords = new ArrayList<>();
        private LocalDateTime received;
        private LocalDateTime recorded;
        private Integer outcomeCode;

        private Builder(String id, LocalDate asAt) {
            this.id = id;
            this.asAt = asAt;
        }

        public Builder person(Person value) { persons.add(value); return this; }
        public Builder relationship(Relationship value) { relationships.add(value); return this; }
        public Builder occasion(Occasion value) { occasions.add(value); return this; }
        public Builder effect(EffectOnVictim value) { effects.add(value); return this; }
        public Builder hostility(Hostility value) { hostilities.add(value); return this; }
        public Builder assessment(Assessment value) { assessments.add(value); return this; }
        public Builder order(Order value) { orders.add(value); return this; }
        public Builder priorRecord(PriorRecord value) { priorRecords.add(value); return this; }
        public Builder received(LocalDateTime value) { this.received = value; return this; }
        public Builder recorded(LocalDateTime value) { this.recorded = value; return this; }
        public Builder outcomeCode(Integer value) { this.outcomeCode = value; return this; }

        public Report build() {
            return new Report(id, asAt, persons, relationships, occasions, effects, hostilities, assessments, orders,
                    priorRecords, received, recorded, outcomeCode);
        }
    }
}
