package org.hocr.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.hocr.api.Answer;
import org.hocr.api.Assessment;
import org.hocr.api.Behaviour;
import org.hocr.api.ConductFocus;
import org.hocr.api.DailyLifeChange;
import org.hocr.api.EffectOnVictim;
import org.hocr.api.Occasion;
import org.hocr.api.Order;
import org.hocr.api.Person;
import org.hocr.api.Relationship;
import org.hocr.api.RelationshipKind;
import org.hocr.api.Report;

/** The facts of one generated case as they are built: persons, pairs, occasions on plausible dates, orders, effects. */
final class CaseFacts {
    /** Days between one occasion and the next. */
    private static final int MIN_GAP = 2;
    private static final int MAX_GAP = 21;

    private final String caseId;
    private final LocalDate asAt;
    private final SplittableRandom random;
    private final Set<String> suspects = new LinkedHashSet<>();
    private final Set<String> victims = new LinkedHashSet<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();
    private final List<EffectOnVictim> effects = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private final List<Occasion> occasions = new ArrayList<>();

    CaseFacts(String caseId, LocalDate asAt, SplittableRandom random) {
        this.caseId = caseId;
        this.asAt = asAt;
        this.random = random;
    }

    /**
     * A suspect and a victim, how they are related and the officer's judgement of what the conduct is about; conduct
     * towards several victims is judged not to be meant to persuade anyone (C2).
     */
    void pair(String suspect, String victim, RelationshipKind kind, ConductFocus focus) {
        suspects.add(suspect);
        victims.add(victim);
        relationships.add(Relationship.of(suspect, victim, kind));
        assessments.add(new Assessment(suspect, victim, null, focus, Answer.NO));
    }

    /** The effect of the conduct on a victim. */
    void effect(String victim, Answer substantialAdverseEffect, DailyLifeChange... changes) {
        effects.add(new EffectOnVictim(victim, substantialAdverseEffect, List.of(changes), null));
    }

    void order(Order order) {
        orders.add(order);
    }

    /** A first date from which {@code count} occasions, each a few days apart, end before the recording date. */
    LocalDate firstDate(int count) {
        return asAt.minusDays((long) count * MAX_GAP + 5 + random.nextInt(120));
    }

    /** {@code count} occasions by a suspect towards a victim, a few days apart, ending before the recording date. */
    void occasions(String suspect, String victim, int count, Function<LocalDate, Occasion.Builder> make) {
        occasionsFrom(firstDate(count), suspect, victim, count, make);
    }

    /** {@code count} occasions from a first date, a few days apart. */
    void occasionsFrom(LocalDate first, String suspect, String victim, int count, Function<LocalDate, Occasion.Builder> make) {
        LocalDate date = first;
        for (int i = 0; i < count; i++) {
            occasions.add(make.apply(date).build());
            date = date.plusDays(MIN_GAP + random.nextInt(MAX_GAP - MIN_GAP + 1));
        }
    }

    /** An occasion with the next id, by a suspect towards a victim. */
    Occasion.Builder occasion(LocalDate date, String suspect, String victim, Behaviour... behaviours) {
        return Occasion.builder("O" + (occasions.size() + 1), date).by(suspect).aimedAt(victim).behaviours(behaviours);
    }

    Report report() {
        Report.Builder report = Report.builder(caseId, asAt);
        victims.forEach(id -> report.person(Person.victim(id)));
        suspects.forEach(id -> report.person(Person.suspect(id)));
        relationships.forEach(report::relationship);
        occasions.forEach(report::occasion);
        effects.forEach(report::effect);
        assessments.forEach(report::assessment);
        orders.forEach(report::order);
        return report.build();
    }
}
