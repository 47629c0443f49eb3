package vn.covidmaps.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;
import vn.covidmaps.config.Messages;

/** The {@code covidmaps} command: picocli wiring only; each subcommand calls the engine and prints its result. */
@Command(name = "covidmaps", mixinStandardHelpOptions = true, version = "covidmaps 0.1.0",
        subcommands = {ValidateCommand.class, PublishCommand.class, PlanCommand.class, StatusCommand.class, DiffCommand.class,
                HistoryCommand.class, RetractCommand.class, PortalCommand.class, QgisProjectCommand.class,
                PurgeCommand.class, DemoCommand.class})
public final class CovidMaps {

    public static void main(String[] args) {
        System.exit(newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CovidMaps());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setResourceBundle(Messages.of(null).bundle());
        // the language is known once the arguments are parsed: then help and every message follow it
        commandLine.setExecutionStrategy(parseResult -> {
            commandLine.setResourceBundle(messages(parseResult).bundle());
            return new CommandLine.RunLast().execute(parseResult);
        });
        return commandLine;
    }

    /** The language asked for on this command line (--lang), else COVIDMAPS_LANG, else English. */
    static Messages messages(ParseResult parseResult) {
        return Messages.of(command(parseResult).matchedOptionValue("--lang", System.getenv("COVIDMAPS_LANG")));
    }

    /** Whether the command asked for stack traces (--debug belongs to the subcommand, as --lang does). */
    static boolean debug(ParseResult parseResult) {
        return command(parseResult).hasMatchedOption("--debug");
    }

    private static ParseResult command(ParseResult parseResult) {
        ParseResult command = parseResult;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        return command;
    }
}
