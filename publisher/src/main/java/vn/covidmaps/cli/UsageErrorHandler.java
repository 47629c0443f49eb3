package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.covidmaps.config.Messages;

/**
 * A command line that cannot be parsed: the error and the usage, in the language the arguments ask for
 * (they are not parsed, so --lang is looked for in them). A --date that is no date is our own sentence;
 * picocli's other parse errors keep its words.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        Messages messages = Messages.of(language(args));
        CommandLine command = e.getCommandLine();
        command.setResourceBundle(messages.bundle());
        PrintWriter err = command.getErr();
        err.println(isDate(e.getArgSpec())
                ? messages.text("option.invalid", name(e.getArgSpec()), messages.text("option.notADate", e.getValue()))
                : e.getMessage());
        if (!UnmatchedArgumentException.printSuggestions(e, err)) {
            command.usage(err);
        }
        return ExitCodes.USAGE;
    }

    private static boolean isDate(ArgSpec arg) {
        return arg != null && Arrays.stream(arg.converters()).anyMatch(DateConverter.class::isInstance);
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** The value of --lang (or --lang=…) among the arguments, else COVIDMAPS_LANG. */
    static String language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return System.getenv("COVIDMAPS_LANG");
    }
}
