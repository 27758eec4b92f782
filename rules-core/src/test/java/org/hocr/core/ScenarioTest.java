package org.hocr.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.hocr.api.Decision;
import org.hocr.api.DecisionText;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every scenario file in {@code scenarios/} against the engine. */
class ScenarioTest {
    static final Path SCENARIOS = Paths.get(System.getProperty("hocr.scenarios", "../scenarios"));
    private static final HocrEngine ENGINE = new HocrEngine();

    /** The shared engine, or one with the scenario's options. */
    static HocrEngine engineFor(Scenario scenario) {
        return scenario.options() == null ? ENGINE : new HocrEngine(scenario.rulebookOptions());
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        return files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
            Scenario scenario = Scenario.read(file);
            assertThat(scenario.id()).as("id matches the file name")
                    .isEqualTo(file.getFileName().toString().replace(".yaml", ""));
            Decision decision = engineFor(scenario).decide(scenario.report());
            List<String> differences = ScenarioCheck.differences(scenario.expect(), decision);
            assertThat(differences).as("%s%n%s", scenario.title(), DecisionText.render(decision)).isEmpty();
        }));
    }
}
