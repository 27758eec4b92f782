package org.hocr.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hocr.api.Decision;
import org.hocr.api.DecisionText;
import org.hocr.api.json.HocrJson;
import org.hocr.core.HocrEngine;
import org.hocr.examples.scenarios.ScenarioCatalogue;
import org.hocr.examples.scenarios.ScenarioEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the scenario catalogue (the trainers' edge cases) and shows one with its explanation. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, subcommands = ScenariosCommand.Show.class,
        description = {"Lists the bundled scenario catalogue, the trainers' edge cases, each with its expected outcome.",
            "'scenarios show ID' prints one: its story, what must be decided, and the rules' decision with its explanation."})
final class ScenariosCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Read the scenarios from DIR (for example the repository's scenarios/) instead of the bundled ones.")
    private Path dir;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ScenarioCatalogue> catalogue = catalogue(err);
        if (catalogue.isEmpty()) {
            return HocrCommand.BAD_INPUT;
        }
        for (ScenarioEntry entry : catalogue.get().entries()) {
            out.println(entry.id() + "  ->  " + entry.expectedOutcome());
            out.println("    " + entry.title());
        }
        out.printf("%d scenarios. 'hocr scenarios show ID' prints one with its explanation.%n",
                catalogue.get().entries().size());
        out.flush();
        reportUnreadable(catalogue.get(), err);
        return catalogue.get().unreadable().isEmpty() ? HocrCommand.AGREED : HocrCommand.BAD_INPUT;
    }

    Optional<ScenarioCatalogue> catalogue(PrintWriter err) {
        try {
            return Optional.of(dir == null ? ScenarioCatalogue.bundled() : ScenarioCatalogue.read(dir));
        } catch (NoSuchFileException e) {
            err.println("No such directory: " + dir);
        } catch (IOException e) {
            err.println("Cannot read the scenarios: " + (e.getMessage() != null && e.getClass() == IOException.class
                    ? e.getMessage() : e.getClass().getSimpleName()));
        }
        err.flush();
        return Optional.empty();
    }

    private static void reportUnreadable(ScenarioCatalogue catalogue, PrintWriter err) {
        for (Map.Entry<String, String> bad : catalogue.unreadable().entrySet()) {
            err.println("cannot read scenario " + bad.getKey() + ": " + bad.getValue());
        }
        err.flush();
    }

    /** Prints one scenario with the rules' decision and its explanation. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints one scenario: its story, what must be decided, and the rules' decision with its explanation.")
    static final class Show implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID", description = "The scenario's id, as 'hocr scenarios' lists it.")
        private String id;

        @Option(names = "--json", description = "Print the rules' decision as JSON instead of text.")
        private boolean json;

        @ParentCommand
        private ScenariosCommand parent;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Optional<ScenarioCatalogue> catalogue = parent.catalogue(err);
            if (catalogue.isEmpty()) {
                return HocrCommand.BAD_INPUT;
            }
            Optional<ScenarioEntry> found = catalogue.get().find(id);
            if (found.isEmpty()) {
                String why = catalogue.get().unreadable().get(id);
                err.println(why != null ? "cannot read scenario " + id + ": " + why
                        : "No scenario '" + id + "'; 'hocr scenarios' lists them.");
                err.flush();
                return HocrCommand.BAD_INPUT;
            }
            ScenarioEntry entry = found.get();
            Decision decision;
            try {
                decision = new HocrEngine(entry.rulebookOptions()).decide(entry.report());
            } catch (IllegalArgumentException e) {
                err.println("scenario " + id + ": " + e.getMessage());
                err.flush();
                return HocrCommand.BAD_INPUT;
            }
            if (json) {
                out.println(HocrJson.write(decision));
            } else {
                out.println(entry.id() + ": " + entry.title());
                out.println("Source: " + entry.source().strip());
                out.println();
                out.println(entry.description().strip());
                out.println();
                if (!entry.options().isEmpty()) {
                    out.println("Rulebook options: " + entry.options());
                }
                out.println("Expected: " + entry.expectedOutcome());
                out.println();
                out.println("The rules decide:");
                out.print(DecisionText.render(decision));
            }
            out.flush();
            return HocrCommand.AGREED;
        }
    }
}
