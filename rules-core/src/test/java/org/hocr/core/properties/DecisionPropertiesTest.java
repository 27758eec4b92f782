package org.hocr.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import org.hocr.api.Crime;
import org.hocr.api.Decision;
import org.hocr.api.DecisionStatus;
import org.hocr.api.Occasion;
import org.hocr.api.Order;
import org.hocr.api.OtherOffence;
import org.hocr.api.Rejection;
import org.hocr.api.Report;
import org.hocr.api.ReportValidator;
import org.hocr.api.json.HocrJson;
import org.hocr.core.HocrEngine;

/**
 * Properties of every decision over generated valid reports: it is made, it is one of the two statuses, it is
 * reproducible, and every crime it records stands on the report's own occasions, victim and dates.
 */
@AddLifecycleHook(Tries.class)
class DecisionPropertiesTest {

    @Provide
    Arbitrary<Report> reports() {
        return ReportGenerators.reports();
    }

    @Property(tries = 3000)
    void everyValidReportGetsADecisionThatIsDeterminedOrNeedsInformation(@ForAll("reports") Report report) {
        assertThat(ReportValidator.problems(report)).as("the generator makes valid reports").isEmpty();
        Decision decision = Decisions.decide(report);

        assertThat(decision.reportId()).isEqualTo(report.id());
        assertThat(decision.status()).isIn(DecisionStatus.DETERMINED, DecisionStatus.NEEDS_INFORMATION);
        assertThat(decision.status() == DecisionStatus.NEEDS_INFORMATION).as("needs information exactly when it asks")
                .isEqualTo(!decision.questions().isEmpty());
        assertThat(decision.stamp().asAt()).isEqualTo(report.asAt());
        Statistics.label("status").collect(decision.status());
        Statistics.label("crimes").collect(Math.min(decision.crimeCount(), 3) + (decision.crimeCount() >= 3 ? "+" : ""));
    }

    @Property(tries = 1000)
    void theSameReportGivesTheSameDecisionStampIncluded(@ForAll("reports") Report report) {
        Decision first = Decisions.decide(report);
        assertThat(Decisions.decide(report)).as("decided twice").isEqualTo(first);
        assertThat(new HocrEngine().decide(report)).as("by another engine").isEqualTo(first);
        Report reread = HocrJson.readReport(HocrJson.write(report));
        assertThat(Decisions.decide(reread)).as("after a JSON round trip").isEqualTo(first);
    }

    @Property(tries = 3000)
    void everyCrimesOccasionsBelongToItsSuspectAndVictimAndFallWithinItsDates(@ForAll("reports") Report report) {
        checkCrimesOccasions(report);
    }

    private static void checkCrimesOccasions(Report report) {
        Decision decision = Decisions.decide(report);
        Map<String, Occasion> occasions = new HashMap<>();
        report.occasions().forEach(o -> occasions.put(o.id(), o));
        Map<String, Order> orders = new HashMap<>();
        report.orders().forEach(o -> orders.put(o.id(), o));

        for (Crime crime : decision.crimes()) {
            assertThat(crime.occasionIds()).as("%s covers occasions", crime).isNotEmpty();
            List<String> suspects = new ArrayList<>(crime.jointSuspectIds());
            suspects.add(crime.suspectId());
            LocalDate inForce = Commencement.of(crime.legislation());
            for (String id : crime.occasionIds()) {
                Occasion occasion = occasions.get(id);
                assertThat(occasion).as("%s: occasion %s is in the report", crime, id).isNotNull();
                assertThat(occasion.actorIds()).as("%s: %s was done by its suspect", crime, id)
                        .containsAnyElementsOf(suspects);
                assertThat(concerns(occasion, crime, orders)).as("%s: %s concerns its victim", crime, id).isTrue();
                assertThat(occasion.date()).as("%s: %s is not after the recording date", crime, id)
                        .isBeforeOrEqualTo(report.asAt());
                assertThat(occasion.date()).as("%s: %s is not before %s came into force (%s)", crime, id,
                        crime.legislation(), inForce).isAfterOrEqualTo(inForce);
            }
        }
        Statistics.label("crimes").collect(decision.crimeCount() > 0);
    }

    @Property(tries = 3000)
    void everyIncludedClassificationSitsBesideACrimeThatIsRecorded(@ForAll("reports") Report report) {
        checkIncludedClassifications(report);
    }

    private static void checkIncludedClassifications(Report report) {
        Decision decision = Decisions.decide(report);
        for (Rejection included : decision.rejections()) {
            if (included.ruleId().equals("P4")) {
                assertThat(decision.crimes()).as("%s is included under a crime recorded for %s and %s",
                                included.classification(), included.victimId(), included.suspectId())
                        .anyMatch(c -> Courses.isFor(c, included.suspectId(), included.victimId()));
            }
        }
    }

    /** Whether the occasion is about the crime's victim: aimed at them, meant to affect them, an offence against them, or a breach of an order protecting them. */
    private static boolean concerns(Occasion occasion, Crime crime, Map<String, Order> orders) {
        String victim = crime.victimId();
        if (occasion.aimedAtIds().contains(victim) || occasion.affectedIds().contains(victim)) {
            return true;
        }
        for (OtherOffence other : occasion.otherOffences()) {
            if (victim.equals(other.victimId())) {
                return true;
            }
        }
        for (String orderId : occasion.breachOf()) {
            Order order = orders.get(orderId);
            if (order != null && order.protectedIds().contains(victim)) {
                return true;
            }
        }
        return false;
    }
}
