package org.hocr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ScenariosCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = HocrCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void listsEveryBundledScenarioWithItsExpectedOutcome() throws IOException {
        long files;
        try (Stream<Path> listing = Files.list(Path.of("../scenarios"))) {
            files = listing.filter(f -> f.toString().endsWith(".yaml")).count();
        }
        assertThat(run("scenarios")).isZero();
        assertThat(out.toString())
                .contains("seed-case-01-ambassador-ex-partner-stalking  ->  DETERMINED: 8Q s2A V1\n")
                .contains("single-occasion-incident  ->  DETERMINED: no crime; 1 incident\n")
                .contains("seed-annex-c-ambassador-needs-information  ->  NEEDS_INFORMATION: 8Q s2A V1; asks")
                .contains(files + " scenarios.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void showsOneWithItsStoryExpectationAndExplanation() {
        assertThat(run("scenarios", "show", "seed-case-01-ambassador-ex-partner-stalking")).isZero();
        assertThat(out.toString())
                .startsWith("seed-case-01-ambassador-ex-partner-stalking: Case 1")
                .contains("Source: HMICFRS 2019")
                .contains("Expected: DETERMINED: 8Q s2A V1")
                .contains("The rules decide:")
                .contains("8Q  Stalking (Protection from Harassment Act 1997 s2A)")
                .contains("Explanation:")
                .contains("[S5]");
    }

    @Test
    void readsADirectoryOnRequest() {
        assertThat(run("scenarios", "--dir", "../scenarios", "show", "single-occasion-incident", "--json")).isZero();
        assertThat(out.toString()).contains("\"status\" : \"DETERMINED\"").contains("\"incidents\"");
    }

    @Test
    void anUnknownScenarioIsBadInput() {
        assertThat(run("scenarios", "show", "no-such-scenario")).isEqualTo(2);
        assertThat(err.toString()).contains("No scenario 'no-such-scenario'");
        assertThat(run("scenarios", "--dir", "no-such-dir")).isEqualTo(2);
        assertThat(err.toString()).contains("No such directory");
    }
}
