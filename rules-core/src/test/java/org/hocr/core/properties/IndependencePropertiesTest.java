package org.hocr.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.hocr.api.Decision;
import org.hocr.api.Report;

/**
 * The decision must not depend on how the input was ordered or named: shuffling the report's lists changes
 * nothing but ordering in the output, and renaming its ids changes nothing but the ids.
 */
@AddLifecycleHook(Tries.class)
class IndependencePropertiesTest {

    @Provide
    Arbitrary<Report> reports() {
        return ReportGenerators.reports();
    }

    @Property(tries = 2000)
    void shufflingOccasionsPersonsAndBehavioursChangesNothingButOrder(@ForAll("reports") Report report,
                                                                      @ForAll Random random) {
        Report shuffled = ReportVariants.shuffled(report, random);
        NormalisedDecision original = NormalisedDecision.of(Decisions.decide(report));
        NormalisedDecision other = NormalisedDecision.of(Decisions.decide(shuffled));
        assertThat(other).as("decision after shuffling; differences:%n%s", original.differencesFrom(other))
                .isEqualTo(original);
    }

    @Property(tries = 2000)
    void renamingIdsChangesNothingButTheIds(@ForAll("reports") Report report, @ForAll Random random) {
        checkRenaming(report, random);
    }

    private static void checkRenaming(Report report, Random random) {
        ReportVariants.Renamed renamed = ReportVariants.renamed(report, random);
        NormalisedDecision original = NormalisedDecision.of(Decisions.decide(report));
        Decision decision = Decisions.decide(renamed.report());
        NormalisedDecision other = NormalisedDecision.of(decision, renamed.backToOriginal());
        assertThat(other).as("decision after renaming %s; differences:%n%s", renamed.backToOriginal(),
                original.differencesFrom(other)).isEqualTo(original);
    }
}
