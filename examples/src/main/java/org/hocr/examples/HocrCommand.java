package org.hocr.examples;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The hocr command line: classify reports against the counting rules. */
@Command(name = "hocr", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Classifies reports of stalking and harassment under the Home Office Counting Rules.",
        subcommands = {ClassifyCommand.class, AuditCommand.class, ScenariosCommand.class, GenerateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Success (audit: every record agreed with the rules).",
            "1:audit: disagreements found, or cases that need information.",
            "2:Bad input or usage (audit: also when any record was rejected)."})
public final class HocrCommand {

    /** Exit code for success; for an audit, every record agreed with the rules. */
    static final int AGREED = 0;
    /** Exit code for an audit that found disagreements or cases needing information. */
    static final int DISAGREEMENTS = 1;
    /** Exit code for bad input or usage. */
    static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (also used by the tests). */
    static CommandLine commandLine() {
        return new CommandLine(new HocrCommand())
                .setExitCodeExceptionMapper(e -> BAD_INPUT)
                .setParameterExceptionHandler((e, args) -> {
                    e.getCommandLine().getErr().println(e.getMessage());
                    e.getCommandLine().usage(e.getCommandLine().getErr());
                    return BAD_INPUT;
                });
    }
}
