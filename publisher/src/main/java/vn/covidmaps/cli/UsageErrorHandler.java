package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.covidmaps.config.Messages;

/**
 * A command line that cannot be parsed: the error and the usage, in the language the arguments ask for
 * (they are not parsed, so --lang is looked for in them). The errors an operator makes (an unknown option, a
 * missing value, a bad value, an option given twice) are sentences of ours; any rarer one keeps picocli's words.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        Messages messages = Messages.of(language(args));
        CommandLine command = e.getCommandLine();
        command.setResourceBundle(messages.bundle());
        PrintWriter err = command.getErr();
        err.println(sentence(e, messages));
        if (!UnmatchedArgumentException.printSuggestions(e, err)) {
            command.usage(err);
        }
        return ExitCodes.USAGE;
    }

    private static String sentence(ParameterException e, Messages messages) {
        if (isDate(e.getArgSpec())) {
            return messages.text("option.invalid", name(e.getArgSpec()), messages.text("option.notADate", e.getValue()));
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            return messages.text("option.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return messages.text("option.missing", missing.getMissing().stream().map(UsageErrorHandler::name)
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return messages.text("option.twice", name(overwritten.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return messages.text("option.invalid", name(e.getArgSpec()), messages.text("option.badValue", e.getValue()));
        }
        return e.getMessage();
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
