package org.hocr.core.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hocr.api.InvalidReportException;
import org.hocr.api.Report;
import org.hocr.api.json.HocrJson;
import org.hocr.core.HocrEngine;
import org.junit.jupiter.api.Test;

/**
 * Personal data never reaches a log or an error message: logs carry ids and counts only. The run happens in a
 * fresh JVM with every logger (the library's and Drools') at TRACE, so that nothing logged on any path is missed
 * and this test does not depend on what other tests set up.
 */
class PersonalDataLogTest {
    private static final int REPORTS = 100;

    /** The planted free text, and the distinctive words in it (a name may leak in part). */
    static List<String> personalData() {
        List<String> all = new ArrayList<>(ReportGenerators.FREE_TEXT);
        all.addAll(List.of("Philomena", "Quarrington", "Horatio", "Blenkinsopp", "Zebedee", "Marchbank", "Ottoline",
                "Fairweather", "Wexcombe", "Snoring", "Hollyhock", "Grizel", "magpie", "Thistlewaite"));
        return all;
    }

    @Test
    void nothingLoggedAtAnyLevelWhileDecidingReportsFullOfNamesContainsThem() throws Exception {
        String log = runAtTrace();

        assertThat(log).as("the child JVM's log was captured").contains(PersonalDataRun.CANARY)
                .contains("decided " + REPORTS);
        assertThat(log).as("the engine's own debug line was captured").contains("rules fired");
        for (String text : personalData()) {
            assertThat(log).as("the log at TRACE").doesNotContain(text);
        }
    }

    @Test
    void errorMessagesForInvalidReportsDoNotRepeatFreeText() {
        HocrEngine engine = Decisions.ENGINE;
        ReportGenerators.reports().sampleStream().limit(300).forEach(report -> {
            Report broken = PersonalDataRun.broken(report);
            InvalidReportException e = catchThrowableOfType(InvalidReportException.class, () -> engine.decide(broken));
            assertThat(e).isNotNull();
            String json = HocrJson.write(broken);
            InvalidReportException fromJson = catchThrowableOfType(InvalidReportException.class,
                    () -> HocrJson.readReport(json));
            InvalidReportException truncated = catchThrowableOfType(InvalidReportException.class,
                    () -> HocrJson.readReport(json.substring(0, json.indexOf("description") + 20)));
            for (InvalidReportException error : List.of(e, fromJson, truncated)) {
                assertThat(error).isNotNull();
                for (String text : personalData()) {
                    assertThat(error.getMessage()).doesNotContain(text);
                    assertThat(error.problems().toString()).doesNotContain(text);
                }
            }
        });
    }

    private static String runAtTrace() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace", "-Dorg.slf4j.simpleLogger.logFile=System.err",
                PersonalDataRun.class.getName(), String.valueOf(REPORTS));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(out);
        }
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the run finished").isTrue();
        String log = out.toString(StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("the run's exit code; its output ends:%n%s",
                log.substring(Math.max(0, log.length() - 3000))).isZero();
        return log;
    }
}
