package org.hocr.core.properties;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.hocr.api.Answer;
import org.hocr.api.Assessment;
import org.hocr.api.Behaviour;
import org.hocr.api.Communication;
import org.hocr.api.ConductFocus;
import org.hocr.api.ContentKind;
import org.hocr.api.DailyLifeChange;
import org.hocr.api.EffectOnVictim;
import org.hocr.api.Hostility;
import org.hocr.api.HostilityBasis;
import org.hocr.api.Network;
import org.hocr.api.Occasion;
import org.hocr.api.Order;
import org.hocr.api.OrderType;
import org.hocr.api.OtherOffence;
import org.hocr.api.OtherOffenceKind;
import org.hocr.api.Person;
import org.hocr.api.PersonKind;
import org.hocr.api.PersonRole;
import org.hocr.api.PoliceAction;
import org.hocr.api.PriorRecord;
import org.hocr.api.Prohibition;
import org.hocr.api.Reaction;
import org.hocr.api.Relationship;
import org.hocr.api.RelationshipKind;
import org.hocr.api.Report;
import org.hocr.api.ReportValidator;
import org.hocr.api.SenderPurpose;
import org.hocr.api.ThirdPartyKind;

/**
 * Generators of valid reports for the property tests. Everything is generated as small "specs" of enums and
 * integers (which jqwik shrinks well) and then resolved into a {@link Report}: integers that refer to persons,
 * occasions or orders are taken modulo the candidates of the right role, so every generated report is valid.
 *
 * <p>Ids follow the scenario files' style ({@code V1}, {@code S1}, {@code T1}, {@code O1}, {@code ORD1},
 * {@code PR1}); free text (labels, descriptions) is drawn from {@link #FREE_TEXT}, made-up names that the
 * personal-data tests look for in logs and messages.
 */
public final class ReportGenerators {

    /** Earliest recording date generated: conduct can go back to the Act's commencement. */
    static final LocalDate FIRST_AS_AT = org.hocr.api.ReportValidator.EARLIEST_RECORDING_DATE;
    /** Latest recording date generated. */
    static final LocalDate LAST_AS_AT = LocalDate.of(2026, 3, 31);

    /** Made-up personal data: names, addresses and stories that must never reach a log or an error message. */
    public static final List<String> FREE_TEXT = List.of(
            "Philomena Quarrington-Vesk",
            "Horatio Blenkinsopp-Yarrow",
            "Zebedee Marchbank",
            "Ottoline Fairweather-Quist",
            "14 Wexcombe Lane, Little Snoring",
            "He followed Philomena from the Hollyhock Cafe to her flat",
            "Texted Ottoline: I know where your mother Grizel lives",
            "Left a dead magpie on Zebedee's doorstep at Thistlewaite Farm");

    private static final RandomDistribution SMALL = RandomDistribution.biased();

    private ReportGenerators() {
    }

    /** Valid reports of every shape the model allows: 1-3 victims, 1-2 suspects, 0-2 third parties, 1-8 occasions. */
    public static Arbitrary<Report> reports() {
        return reportSpecs().map(ReportSpec::toReport);
    }

    /** Like {@link #reports()}, up to {@code maxOccasions} occasions. */
    public static Arbitrary<Report> reports(int maxOccasions) {
        return reportSpecs(maxOccasions).map(ReportSpec::toReport);
    }

    static Arbitrary<ReportSpec> reportSpecs() {
        return reportSpecs(8);
    }

    static Arbitrary<ReportSpec> reportSpecs(int maxOccasions) {
        // Mostly recent recording dates (where most rules apply), now and then any date back to the National Crime Recording Standard (April 2002).
        int all = (int) ChronoUnit.DAYS.between(FIRST_AS_AT, LAST_AS_AT);
        int recent = (int) ChronoUnit.DAYS.between(FIRST_AS_AT, LocalDate.of(2012, 1, 1));
        Arbitrary<Integer> asAtDay = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(recent, all)),
                Tuple.of(1, Arbitraries.integers().between(0, all)));
        // Few persons, so that occasions concentrate into courses of conduct; more persons now and then.
        Arbitrary<List<PersonSpec>> victims = personSpec().list().ofMinSize(1).ofMaxSize(3).withSizeDistribution(SMALL);
        Arbitrary<List<PersonSpec>> suspects = personSpec().list().ofMinSize(1).ofMaxSize(2).withSizeDistribution(SMALL);
        Arbitrary<List<PersonSpec>> thirdParties = personSpec().list().ofMaxSize(2).withSizeDistribution(SMALL);
        Arbitrary<List<OccasionSpec>> occasions = occasionSpec().list().ofMinSize(1).ofMaxSize(maxOccasions);
        Arbitrary<People> people = Combinators.combine(victims, suspects, thirdParties).as(People::new);
        Arbitrary<Judgements> judgements = Combinators.combine(
                relationshipSpec().list().ofMaxSize(3),
                effectSpec().list().ofMaxSize(3),
                hostilitySpec().list().ofMaxSize(2),
                assessmentSpec().list().ofMaxSize(3)).as(Judgements::new);
        Arbitrary<Records> records = Combinators.combine(
                orderSpec().list().ofMaxSize(2),
                priorRecordSpec().list().ofMaxSize(1),
                Arbitraries.integers().between(-1, 96),
                Arbitraries.integers().between(-1, 30)).as(Records::new);
        return Combinators.combine(asAtDay, people, occasions, judgements, records).as(ReportSpec::new);
    }

    // ---- specs: small values that shrink well, resolved into a valid report ----

    record People(List<PersonSpec> victims, List<PersonSpec> suspects, List<PersonSpec> thirdParties) {
    }

    record Judgements(List<RelationshipSpec> relationships, List<EffectSpec> effects, List<HostilitySpec> hostilities,
                      List<AssessmentSpec> assessments) {
    }

    /** Orders, prior records, the hours from receipt to recording (-1: not given) and the outcome code (-1: none). */
    record Records(List<OrderSpec> orders, List<PriorRecordSpec> priorRecords, int recordingHours, int outcomeCode) {
    }

    record PersonSpec(boolean organisation, Answer under16, ThirdPartyKind thirdPartyKind, int label) {
    }

    record RelationshipSpec(int suspect, int person, RelationshipKind kind, Answer livedTogether, int endedDaysBefore,
                            Answer responsible) {
    }

    record ReactionSpec(int person, Answer fear, Answer alarm, Answer serious) {
    }

    record OccasionSpec(int daysBefore, int minuteOfDay, List<Integer> actors, List<Integer> aimedAt,
                        boolean aimedAtAnyone, List<Integer> affected, Set<Behaviour> behaviours, Answer online,
                        List<ReactionSpec> reactions, List<Integer> breaches, Optional<OtherOffenceSpec> otherOffence,
                        Optional<CommunicationSpec> communication, int description) {
    }

    record OtherOffenceSpec(OtherOffenceKind kind, int victim) {
    }

    record CommunicationSpec(Set<ContentKind> content, SenderPurpose purpose, Optional<Network> network) {
    }

    record EffectSpec(int victim, Answer substantial, Set<DailyLifeChange> changes, int description) {
    }

    record HostilitySpec(int suspect, int victim, HostilityBasis basis, List<Integer> occasions) {
    }

    record AssessmentSpec(int suspect, int person, Answer connected, ConductFocus focus, Answer aimToPersuade) {
    }

    record OrderSpec(OrderType type, int subject, int madeDaysBefore, Answer withoutNotice, int knewAfterDays,
                     int expiresAfterDays, List<Integer> protectedPersons, Set<Prohibition> prohibits) {
    }

    record PriorRecordSpec(int recordedDaysBefore, int suspect, int victim, List<Integer> occasions,
                           PoliceAction action, int actionDaysBefore) {
    }

    // ---- arbitraries of specs ----

    static Arbitrary<Answer> answers() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Answer.YES)),
                Tuple.of(3, Arbitraries.just(Answer.NO)),
                Tuple.of(3, Arbitraries.just(Answer.UNKNOWN)));
    }

    private static Arbitrary<Integer> index() {
        return Arbitraries.integers().between(0, 11);
    }

    private static Arbitrary<Integer> freeText() {
        return Arbitraries.integers().between(-1, FREE_TEXT.size() - 1);
    }

    /** Days before the recording date: mostly close together, sometimes months or years apart. */
    private static Arbitrary<Integer> daysBefore() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 60)),
                Tuple.of(3, Arbitraries.integers().between(0, 400)),
                Tuple.of(1, Arbitraries.integers().between(0, 6000)));
    }

    private static Arbitrary<PersonSpec> personSpec() {
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(true)), Tuple.of(19, Arbitraries.just(false))),
                answers(), Arbitraries.of(ThirdPartyKind.class), freeText()).as(PersonSpec::new);
    }

    private static Arbitrary<RelationshipSpec> relationshipSpec() {
        return Combinators.combine(index(), index(), Arbitraries.of(RelationshipKind.class), answers(),
                Arbitraries.integers().between(-1, 900), answers()).as(RelationshipSpec::new);
    }

    private static Arbitrary<ReactionSpec> reactionSpec() {
        return Combinators.combine(index(), answers(), answers(), answers()).as(ReactionSpec::new);
    }

    private static Arbitrary<OccasionSpec> occasionSpec() {
        Arbitrary<List<Integer>> actors = index().list().ofMinSize(1).ofMaxSize(2).withSizeDistribution(SMALL);
        Arbitrary<List<Integer>> aimedAt = index().list().ofMinSize(1).ofMaxSize(2).withSizeDistribution(SMALL);
        Arbitrary<Boolean> aimedAtAnyone = Arbitraries.of(true, false, false, false, false, false, false, false,
                false, false, false, false, false, false, false, false, false, false, false, false);
        Arbitrary<List<Integer>> affected = index().list().ofMaxSize(1);
        Arbitrary<Set<Behaviour>> behaviours = Arbitraries.of(Behaviour.class).set().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<ReactionSpec>> reactions = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(List.<ReactionSpec>of())),
                Tuple.of(6, reactionSpec().list().ofMinSize(1).ofMaxSize(3).withSizeDistribution(SMALL)));
        Arbitrary<List<Integer>> breaches = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.just(List.<Integer>of())),
                Tuple.of(1, index().list().ofSize(1)));
        Arbitrary<Optional<OtherOffenceSpec>> other = Combinators.combine(Arbitraries.of(OtherOffenceKind.class), index())
                .as(OtherOffenceSpec::new).optional(0.1);
        Arbitrary<Optional<CommunicationSpec>> communication = Combinators.combine(
                        Arbitraries.of(ContentKind.class).set().ofMinSize(1).ofMaxSize(2),
                        Arbitraries.of(SenderPurpose.class), Arbitraries.of(Network.class).optional(0.9))
                .as(CommunicationSpec::new).optional(0.1);
        Arbitrary<Timing> timing = Combinators.combine(daysBefore(), Arbitraries.integers().between(-1, 24 * 60 - 1),
                freeText()).as(Timing::new);
        Arbitrary<Targets> targets = Combinators.combine(actors, aimedAt, aimedAtAnyone, affected).as(Targets::new);
        Arbitrary<Conduct> conduct = Combinators.combine(behaviours, answers(), reactions, breaches, other, communication)
                .as(Conduct::new);
        return Combinators.combine(timing, targets, conduct).as((t, g, c) -> new OccasionSpec(t.daysBefore(),
                t.minuteOfDay(), g.actors(), g.aimedAt(), g.aimedAtAnyone(), g.affected(), c.behaviours(), c.online(),
                c.reactions(), c.breaches(), c.other(), c.communication(), t.description()));
    }

    private record Timing(int daysBefore, int minuteOfDay, int description) {
    }

    private record Targets(List<Integer> actors, List<Integer> aimedAt, boolean aimedAtAnyone, List<Integer> affected) {
    }

    private record Conduct(Set<Behaviour> behaviours, Answer online, List<ReactionSpec> reactions, List<Integer> breaches,
                           Optional<OtherOffenceSpec> other, Optional<CommunicationSpec> communication) {
    }

    private static Arbitrary<EffectSpec> effectSpec() {
        return Combinators.combine(index(), answers(), Arbitraries.of(DailyLifeChange.class).set().ofMaxSize(2),
                freeText()).as(EffectSpec::new);
    }

    private static Arbitrary<HostilitySpec> hostilitySpec() {
        return Combinators.combine(index(), index(), Arbitraries.of(HostilityBasis.class), index().list().ofMaxSize(3))
                .as(HostilitySpec::new);
    }

    private static Arbitrary<AssessmentSpec> assessmentSpec() {
        return Combinators.combine(index(), index(), answers(), Arbitraries.of(ConductFocus.class), answers())
                .as(AssessmentSpec::new);
    }

    private static Arbitrary<OrderSpec> orderSpec() {
        return Combinators.combine(Arbitraries.of(OrderType.class), index(), Arbitraries.integers().between(0, 900),
                answers(), Arbitraries.integers().between(-1, 30), Arbitraries.integers().between(-1, 800),
                index().list().ofMinSize(1).ofMaxSize(2), Arbitraries.of(Prohibition.class).set().ofMaxSize(2))
                .as(OrderSpec::new);
    }

    private static Arbitrary<PriorRecordSpec> priorRecordSpec() {
        return Combinators.combine(Arbitraries.integers().between(0, 400), index(), index(), index().list().ofMaxSize(2),
                Arbitraries.of(PoliceAction.class), Arbitraries.integers().between(0, 400)).as(PriorRecordSpec::new);
    }

    // ---- resolution ----

    /** A whole report as specs; {@link #toReport()} resolves it into a valid report. */
    record ReportSpec(int asAtDay, People people, List<OccasionSpec> occasions, Judgements judgements, Records records) {

        Report toReport() {
            LocalDate asAt = FIRST_AS_AT.plusDays(asAtDay);
            Report.Builder report = Report.builder("R-" + asAt, asAt);
            List<String> victims = new ArrayList<>();
            List<String> suspects = new ArrayList<>();
            List<String> others = new ArrayList<>();
            List<String> everyone = new ArrayList<>();
            addPersons(report, people.victims(), "V", PersonRole.VICTIM, victims);
            addPersons(report, people.suspects(), "S", PersonRole.SUSPECT, suspects);
            addPersons(report, people.thirdParties(), "T", PersonRole.THIRD_PARTY, others);
            List<String> nonSuspects = new ArrayList<>(victims);
            nonSuspects.addAll(others);
            everyone.addAll(nonSuspects);
            everyone.addAll(suspects);

            Set<String> pairs = new LinkedHashSet<>();
            for (RelationshipSpec r : judgements.relationships()) {
                String s = pick(suspects, r.suspect());
                String p = pick(nonSuspects, r.person());
                if (pairs.add(s + "/" + p)) {
                    LocalDate ended = r.endedDaysBefore() < 0 ? null : notBefore(asAt.minusDays(r.endedDaysBefore()));
                    report.relationship(new Relationship(s, p, r.kind(), r.livedTogether(), ended, r.responsible()));
                }
            }

            List<String> orderIds = new ArrayList<>();
            for (int i = 0; i < records.orders().size(); i++) {
                OrderSpec o = records.orders().get(i);
                String id = "ORD" + (i + 1);
                orderIds.add(id);
                LocalDate made = notBefore(asAt.minusDays(o.madeDaysBefore()));
                LocalDate knew = o.withoutNotice() == Answer.YES && o.knewAfterDays() >= 0
                        ? earliest(made.plusDays(o.knewAfterDays()), asAt) : null;
                LocalDate expires = o.expiresAfterDays() < 0 ? null : made.plusDays(o.expiresAfterDays());
                List<String> protectedIds = o.protectedPersons().stream().map(p -> pick(nonSuspects, p)).distinct().toList();
                report.order(new Order(id, o.type(), pick(suspects, o.subject()), made, o.withoutNotice(), knew, expires,
                        protectedIds, List.copyOf(o.prohibits())));
            }

            List<String> occasionIds = new ArrayList<>();
            for (int i = 0; i < occasions.size(); i++) {
                OccasionSpec o = occasions.get(i);
                String id = "O" + (i + 1);
                occasionIds.add(id);
                report.occasion(occasion(id, asAt, o, suspects, o.aimedAtAnyone() ? everyone : nonSuspects,
                        nonSuspects, orderIds));
            }

            Set<String> effectVictims = new LinkedHashSet<>();
            for (EffectSpec e : judgements.effects()) {
                String v = pick(nonSuspects, e.victim());
                if (effectVictims.add(v)) {
                    report.effect(new EffectOnVictim(v, e.substantial(), List.copyOf(e.changes()), text(e.description())));
                }
            }
            for (HostilitySpec h : judgements.hostilities()) {
                report.hostility(new Hostility(pick(suspects, h.suspect()), pick(nonSuspects, h.victim()), h.basis(),
                        h.occasions().stream().map(x -> pick(occasionIds, x)).distinct().toList()));
            }
            Set<String> assessed = new LinkedHashSet<>();
            for (AssessmentSpec a : judgements.assessments()) {
                String s = pick(suspects, a.suspect());
                String p = pick(nonSuspects, a.person());
                if (assessed.add(s + "/" + p)) {
                    report.assessment(new Assessment(s, p, a.connected(), a.focus(), a.aimToPersuade()));
                }
            }
            for (int i = 0; i < records.priorRecords().size(); i++) {
                PriorRecordSpec r = records.priorRecords().get(i);
                LocalDate actionOn = r.action() == PoliceAction.NONE ? null
                        : notBefore(asAt.minusDays(r.actionDaysBefore()));
                report.priorRecord(new PriorRecord("PR" + (i + 1), notBefore(asAt.minusDays(r.recordedDaysBefore())),
                        pick(suspects, r.suspect()), pick(nonSuspects, r.victim()),
                        r.occasions().stream().map(x -> pick(occasionIds, x)).distinct().toList(), r.action(), actionOn));
            }
            if (records.recordingHours() >= 0) {
                LocalDateTime received = asAt.atTime(9, 0).minusDays(2);
                report.received(received).recorded(received.plusHours(records.recordingHours()));
            }
            if (records.outcomeCode() > 0) {
                report.outcomeCode(records.outcomeCode());
            }
            Report built = report.build();
            if (!ReportValidator.problems(built).isEmpty()) {
                throw new IllegalStateException("generator made an invalid report: " + ReportValidator.problems(built));
            }
            return built;
        }

        private static void addPersons(Report.Builder report, List<PersonSpec> specs, String prefix, PersonRole role,
                                       List<String> ids) {
            for (int i = 0; i < specs.size(); i++) {
                PersonSpec p = specs.get(i);
                String id = prefix + (i + 1);
                ids.add(id);
                PersonKind kind = p.organisation() ? PersonKind.ORGANISATION : PersonKind.INDIVIDUAL;
                ThirdPartyKind tpk = role == PersonRole.THIRD_PARTY ? p.thirdPartyKind() : null;
                report.person(new Person(id, role, kind, tpk, p.under16(), text(p.label())));
            }
        }

        private static Occasion occasion(String id, LocalDate asAt, OccasionSpec o, List<String> suspects,
                                         List<String> targets, List<String> nonSuspects, List<String> orderIds) {
            Occasion.Builder b = Occasion.builder(id, notBefore(asAt.minusDays(o.daysBefore())));
            if (o.minuteOfDay() >= 0) {
                b.at(LocalTime.of(o.minuteOfDay() / 60, o.minuteOfDay() % 60));
            }
            List<String> actors = o.actors().stream().map(x -> pick(suspects, x)).distinct().toList();
            List<String> aimedAt = o.aimedAt().stream().map(x -> pick(targets, x)).distinct().toList();
            List<String> affected = o.affected().stream().map(x -> pick(nonSuspects, x))
                    .filter(p -> !aimedAt.contains(p)).distinct().toList();
            b.by(actors.toArray(String[]::new)).aimedAt(aimedAt.toArray(String[]::new))
                    .affecting(affected.toArray(String[]::new));
            b.behaviours(o.behaviours().toArray(Behaviour[]::new)).online(o.online());
            List<String> reacting = new ArrayList<>(aimedAt);
            reacting.addAll(affected);
            Set<String> reacted = new LinkedHashSet<>();
            for (ReactionSpec r : o.reactions()) {
                String p = pick(reacting, r.person());
                if (reacted.add(p)) {
                    b.reaction(new Reaction(p, r.fear(), r.alarm(), r.serious()));
                }
            }
            if (!orderIds.isEmpty()) {
                o.breaches().stream().map(x -> pick(orderIds, x)).distinct().forEach(b::breaching);
            }
            o.otherOffence().ifPresent(x -> b.otherOffence(new OtherOffence(x.kind(), pick(nonSuspects, x.victim()))));
            o.communication().ifPresent(c -> b.communication(
                    new Communication(List.copyOf(c.content()), c.purpose(), c.network().orElse(null))));
            b.description(text(o.description()));
            return b.build();
        }

        private static String pick(List<String> ids, int index) {
            return ids.get(index % ids.size());
        }

        private static LocalDate notBefore(LocalDate date) {
            return date.isBefore(ReportValidator.EARLIEST_DATE) ? ReportValidator.EARLIEST_DATE : date;
        }

        private static LocalDate earliest(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }

        private static String text(int index) {
            return index < 0 ? null : FREE_TEXT.get(index);
        }
    }
}
