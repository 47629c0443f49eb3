package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.covidmaps.config.Messages;
import vn.covidmaps.error.CovidMapsException;

/** Turns a failure into one clear message on stderr and the exit code of its error code; the stack trace only with --debug. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        return report(e, CovidMaps.messages(parseResult), commandLine.getErr(), CovidMaps.debug(parseResult));
    }

    /** Prints {@code e} for the operator and returns its exit code. */
    static int report(Exception e, Messages messages, PrintWriter err, boolean debug) {
        String prefix = "covidmaps: ";
        err.println(prefix + describe(e, messages));
        if (e instanceof CovidMapsException known) {
            known.details().forEach(line -> err.println("  " + messages.text(line)));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        return e instanceof CovidMapsException known ? ExitCodes.of(known.code()) : ExitCodes.FAILURE;
    }

    /** Our own failures carry a complete sentence; anything else is a bug and named as such. */
    static String describe(Exception e, Messages messages) {
        if (e instanceof CovidMapsException known && known.text() != null) {
            return messages.text(known.text());
        }
        if (e instanceof CovidMapsException || e instanceof UncheckedIOException) {
            return e.getMessage();
        }
        return messages.text("failure.unexpected", e);
    }
}
