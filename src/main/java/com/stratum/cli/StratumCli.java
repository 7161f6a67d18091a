package com.stratum.cli;

import com.stratum.imports.PoiLogging;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** The headless command line: same operations as the window, for batch runs and scripts. */
@Command(name = "stratum", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        version = "Stratum 0.1",
        description = "Customer segmentation and stratification workbench.",
        subcommands = {BenchCommand.class, ImportCommand.class, InfoCommand.class, SampleCommand.class,
                FeaturesCommand.class, SegmentCommand.class, DefinitionsCommand.class, CompareCommand.class,
                PredictCommand.class, RemoveDatasetCommand.class})
public final class StratumCli implements Callable<Integer> {

    /** Exit code for bad input (a message names file, sheet, row and column). */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for an internal error. */
    public static final int EXIT_INTERNAL = 1;

    static {
        // before any POI class loads: without a Log4j provider, Log4j prints a warning on stdout,
        // which would corrupt the JSON the commands print (the sample command writes with POI first)
        PoiLogging.quiet();
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    /** True when the arguments name a command (or ask for help) rather than a workspace to open. */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        if (first.startsWith("-") || new CommandLine(new StratumCli()).getSubcommands().containsKey(first)) {
            return true;
        }
        // A workspace to open (an existing path, or a .stratum file) goes to the window; anything else
        // is a mistyped command, which the CLI answers with its usage and exit code 2, never a window.
        return !(args.length == 1 && (first.endsWith(".stratum") || isExistingPath(first)));
    }

    private static boolean isExistingPath(String text) {
        try {
            return java.nio.file.Files.exists(java.nio.file.Path.of(text));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    public static int run(String[] args) {
        return newCommandLine().execute(args);
    }

    /** The command line with the converters and error handling every subcommand shares. */
    static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new StratumCli());
        cli.registerConverter(java.time.LocalDate.class, StratumCli::parseDate);
        cli.setParameterExceptionHandler(StratumCli::reportBadArguments);
        return cli;
    }

    /** ISO dates only: a user's typo gets one readable sentence, not a parser's exception text. */
    static java.time.LocalDate parseDate(String text) {
        try {
            return java.time.LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + text + "' is not a valid date; expected YYYY-MM-DD, e.g. 2024-03-31");
        }
    }

    /** Bad arguments: one sentence naming the argument, then where the usage is; exit 2. */
    private static int reportBadArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        java.io.PrintWriter err = cmd.getErr();
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            err.println("Unknown command or argument '" + u.getUnmatched().get(0) + "' for '"
                    + cmd.getCommandSpec().qualifiedName() + "'.");
            CommandLine.UnmatchedArgumentException.printSuggestions(u, err);
        } else {
            // picocli words some messages "option option '--x'"; one "option" reads better
            err.println(String.valueOf(e.getMessage()).replace("option option", "option"));
        }
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the usage.");
        err.flush();
        return EXIT_BAD_INPUT;
    }
}
