package org.hocr.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hocr.api.Decision;
import org.hocr.api.DecisionText;
import org.hocr.api.InvalidReportException;
import org.hocr.api.Problem;
import org.hocr.api.Report;
import org.hocr.api.RulebookOptions;
import org.hocr.api.json.HocrJson;
import org.hocr.core.HocrEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Classifies one report and prints the decision with its explanation. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classifies one report (JSON) and prints the decision with its explanation.")
final class ClassifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The report in JSON; - reads standard input.")
    private String input;

    @Option(names = "--json", description = "Print the decision as JSON instead of text.")
    private boolean json;

    @Option(names = "--option", paramLabel = "NAME=VALUE",
            description = "A rulebook option, for example wideGapDays=120 (repeatable); see the README.")
    private Map<String, String> options = new LinkedHashMap<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RulebookOptions rulebook;
        try {
            rulebook = RulebookOptions.defaults().with(options);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return HocrCommand.BAD_INPUT;
        }
        Report report;
        try (InputStream in = "-".equals(input) ? System.in : Files.newInputStream(Path.of(input))) {
            report = HocrJson.readReport(in);
        } catch (NoSuchFileException e) {
            err.println("No such file: " + input);
            return HocrCommand.BAD_INPUT;
        } catch (IOException e) {
            err.println("Cannot read " + input + ": " + e.getClass().getSimpleName());
            return HocrCommand.BAD_INPUT;
        } catch (InvalidReportException e) {
            err.println("Invalid report, " + e.problems().size() + (e.problems().size() == 1 ? " problem:" : " problems:"));
            for (Problem problem : e.problems()) {
                err.println("  " + problem);
            }
            return HocrCommand.BAD_INPUT;
        }
        Decision decision = new HocrEngine(rulebook).decide(report);
        out.print(json ? HocrJson.write(decision) + System.lineSeparator() : DecisionText.render(decision));
        out.flush();
        return 0;
    }
}
