package org.hocr.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hocr.api.Answer;
import org.hocr.api.Assessment;
import org.hocr.api.Behaviour;
import org.hocr.api.ConductFocus;
import org.hocr.api.EffectOnVictim;
import org.hocr.api.Occasion;
import org.hocr.api.Person;
import org.hocr.api.Reaction;
import org.hocr.api.Relationship;
import org.hocr.api.RelationshipKind;
import org.hocr.api.Report;

/**
 * The reports the benchmarks decide, generated from a seed so that every run decides the same cases.
 *
 * <p>Typical cases: one suspect, one or two victims (a quarter have two), 1 to 10 occasions, recorded in 2025, with
 * a mix of stalking acts and other conduct, of known and unknown reactions and judgements, of relationships (a
 * third former partners), and a tenth with a gap wider than the 90-day threshold. They stay inside what the
 * plain-Java {@link ReferenceDecider} covers: course of conduct, harassment, stalking and s4A (no orders,
 * communications offences, other offences, hostility or earlier records).
 *
 * <p>Campaign cases: the seed report's silent calls (20 to 30 a night) as a long stalking campaign of n occasions.
 */
public final class Cases {
    static final LocalDate AS_AT = LocalDate.of(2025, 6, 1);

    private static final Behaviour[] STALKING_ACTS = {Behaviour.FOLLOWING, Behaviour.TEXT_MESSAGE, Behaviour.SILENT_CALL,
            Behaviour.PHONE_CALL, Behaviour.LOITERING, Behaviour.WATCHING_OR_SPYING, Behaviour.GIFT,
            Behaviour.TURNING_UP, Behaviour.SOCIAL_MEDIA_MESSAGE, Behaviour.MONITORING_COMMUNICATIONS};
    private static final Behaviour[] OTHER_CONDUCT = {Behaviour.VERBAL_ABUSE, Behaviour.THREAT_OF_VIOLENCE,
            Behaviour.DAMAGE};
    private static final RelationshipKind[] KINDS = {RelationshipKind.FORMER_INTIMATE_PARTNER,
            RelationshipKind.FORMER_INTIMATE_PARTNER, RelationshipKind.ACQUAINTANCE, RelationshipKind.NEIGHBOUR,
            RelationshipKind.STRANGER, RelationshipKind.UNKNOWN};

    private Cases() {
    }

    /** {@code count} typical cases from a seed. */
    public static List<Report> typical(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Report> reports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            reports.add(typical("BENCH-" + seed + "-" + i, random));
        }
        return reports;
    }

    private static Report typical(String id, SplittableRandom random) {
        int victims = random.nextInt(4) == 0 ? 2 : 1;
        int occasions = 1 + random.nextInt(10);
        boolean wideGap = random.nextInt(10) == 0;
        int[] offsets = new int[occasions];
        for (int o = 1; o < occasions; o++) {
            offsets[o] = offsets[o - 1] + (wideGap ? 91 + random.nextInt(60) : random.nextInt(15));
        }
        LocalDate asAt = AS_AT.minusDays(random.nextInt(120));
        LocalDate start = asAt.minusDays(offsets[occasions - 1] + 1L + random.nextInt(60));
        Report.Builder report = Report.builder(id, asAt).person(Person.suspect("S1"));
        for (int v = 1; v <= victims; v++) {
            String victim = "V" + v;
            report.person(Person.victim(victim));
            report.relationship(Relationship.of("S1", victim, KINDS[random.nextInt(KINDS.length)]));
            if (random.nextInt(4) > 0) {
                report.effect(new EffectOnVictim(victim, answer(random, 3, 5), List.of(), null));
            }
            if (random.nextInt(3) == 0) {
                ConductFocus focus = switch (random.nextInt(3)) {
                    case 0 -> ConductFocus.PERSON;
                    case 1 -> ConductFocus.ISSUE;
                    default -> ConductFocus.UNKNOWN;
                };
                report.assessment(new Assessment("S1", victim, random.nextInt(4) == 0 ? answer(random, 6, 8) : null,
                        focus, victims == 2 ? answer(random, 5, 8) : null));
            }
        }
        for (int o = 1; o <= occasions; o++) {
            String victim = victims == 2 && o > 1 && (o % 2 == 0 || random.nextInt(3) == 0) ? "V2" : "V1";
            Behaviour first = random.nextInt(5) == 0 ? OTHER_CONDUCT[random.nextInt(OTHER_CONDUCT.length)]
                    : STALKING_ACTS[random.nextInt(STALKING_ACTS.length)];
            Occasion.Builder occasion = Occasion.builder("O" + o, start.plusDays(offsets[o - 1])).by("S1")
                    .aimedAt(victim).online(answer(random, 4, 7))
                    .reaction(new Reaction(victim, answer(random, 2, 7), answer(random, 7, 9), answer(random, 2, 7)));
            if (random.nextInt(3) == 0) {
                occasion.behaviours(first, OTHER_CONDUCT[random.nextInt(OTHER_CONDUCT.length)]);
            } else {
                occasion.behaviours(first);
            }
            report.occasion(occasion.build());
        }
        return report.build();
    }

    /** YES below {@code yes}, NO below {@code no}, UNKNOWN otherwise, out of 10. */
    private static Answer answer(SplittableRandom random, int yes, int no) {
        int draw = random.nextInt(10);
        return draw < yes ? Answer.YES : draw < no ? Answer.NO : Answer.UNKNOWN;
    }

    /**
     * A stalking campaign of {@code occasions} silent calls (25 a night, the seed case's 20 to 30) from a former
     * partner, the victim alarmed on each and fearing violence on the first two: s4A, one crime.
     */
    public static Report campaign(int occasions) {
        Report.Builder report = Report.builder("CAMPAIGN-" + occasions, AS_AT).person(Person.victim("V1"))
                .person(Person.suspect("S1"))
                .relationship(Relationship.of("S1", "V1", RelationshipKind.FORMER_INTIMATE_PARTNER))
                .effect(new EffectOnVictim("V1", Answer.UNKNOWN, List.of(), null));
        int nights = (occasions + 24) / 25;
        LocalDate first = AS_AT.minusDays(nights + 1L);
        for (int i = 0; i < occasions; i++) {
            report.occasion(Occasion.builder("O" + (i + 1), first.plusDays(i / 25)).by("S1").aimedAt("V1")
                    .behaviours(Behaviour.SILENT_CALL).online(Answer.NO)
                    .reaction(new Reaction("V1", i < 2 ? Answer.YES : Answer.UNKNOWN, Answer.YES, Answer.UNKNOWN))
                    .build());
        }
        return report.build();
    }
}
