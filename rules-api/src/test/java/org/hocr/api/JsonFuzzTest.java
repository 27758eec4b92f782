package org.hocr.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.hocr.api.json.HocrJson;

/**
 * A fuzz target for the JSON entry point: random strings, random bytes, and valid reports cut, spliced and
 * corrupted. Whatever comes in, the reader returns a report or throws {@link InvalidReportException} with at least
 * one problem, a path and no stack trace; nothing else escapes. Bounded by tries: a few seconds in the build.
 */
class JsonFuzzTest {

    private static final String VALID = HostileJsonTest.VALID;
    private static final List<String> FRAGMENTS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true",
            "1e999", "-0", "NaN", "\"id\"", "\"persons\"", "\"occasions\"", "\"asAt\"", "\"2025-02-30\"", "\u0000",
            "\ud800", "\uffff", "\"" + HostileJsonTest.SECRET + "\"", "{\"a\":".repeat(40), "[".repeat(40));

    @Provide
    Arbitrary<String> mutatedReports() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length());
        Arbitrary<String> fragment = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(FRAGMENTS)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(8)));
        Arbitrary<String> truncated = at.map(i -> VALID.substring(0, i));
        Arbitrary<String> inserted = Combinators.combine(at, fragment).as((i, f) -> VALID.substring(0, i) + f + VALID.substring(i));
        Arbitrary<String> deleted = Combinators.combine(at, at).as((a, b) ->
                VALID.substring(0, Math.min(a, b)) + VALID.substring(Math.max(a, b)));
        Arbitrary<String> replaced = Combinators.combine(at, Arbitraries.integers().between(1, 5), fragment)
                .as((i, n, f) -> VALID.substring(0, i) + f + VALID.substring(Math.min(VALID.length(), i + n)));
        Arbitrary<String> spliced = Combinators.combine(at, at).as((a, b) -> VALID.substring(0, a) + VALID.substring(b));
        return Arbitraries.oneOf(truncated, inserted, deleted, replaced, spliced, Arbitraries.strings().ofMaxLength(200));
    }

    @Property(tries = 3000)
    void everyStringGetsAReportOrAClearError(@ForAll("mutatedReports") String json) {
        Statistics.collect(outcome(() -> HocrJson.readReport(json)));
    }

    @Property(tries = 1000)
    void everyByteStreamGetsAReportOrAClearError(@ForAll byte[] bytes) {
        Statistics.collect(outcome(() -> HocrJson.readReport(new ByteArrayInputStream(bytes))));
    }

    private static String outcome(java.util.function.Supplier<Report> read) {
        try {
            Report report = read.get();
            assertThat(report).isNotNull();
            assertThat(ReportValidator.problems(report)).as("a report that is returned is valid").isEmpty();
            return "read";
        } catch (InvalidReportException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.path()).isNotBlank();
                assertThat(p.message()).isNotBlank().doesNotContain(HostileJsonTest.SECRET).doesNotContain("Philomena")
                        .doesNotContain("Exception").doesNotContain("com.fasterxml");
            });
            assertThat(e.getStackTrace()).isEmpty();
            return "refused";
        }
    }
}
