package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.covidmaps.config.Messages;
import vn.covidmaps.engine.GeoServerOutcome;
import vn.covidmaps.engine.OpenDataOutcome;
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

    /**
     * A GeoServer failure after PostGIS was changed, which stays changed: the failure, then {@code behindKey}'s sentence
     * (what is done, and that the next run catches up). Returns the exit code: OK when GeoServer did not fail.
     */
    static int geoServerBehind(GeoServerOutcome outcome, String behindKey, Messages messages, PrintWriter err, boolean debug,
                               Object... arguments) {
        return outcome instanceof GeoServerOutcome.Failed failed
                ? behind(failed.failure(), messages.text(behindKey, arguments), messages, err, debug) : ExitCodes.OK;
    }

    /** The same for the open-data copy, which did not follow PostGIS. */
    static int openDataBehind(OpenDataOutcome outcome, String behindKey, Messages messages, PrintWriter err, boolean debug) {
        return outcome instanceof OpenDataOutcome.Failed failed
                ? behind(failed.failure(), messages.text(behindKey), messages, err, debug) : ExitCodes.OK;
    }

    private static int behind(RuntimeException failure, String sentence, Messages messages, PrintWriter err, boolean debug) {
        int exit = report(failure, messages, err, debug);
        err.println(sentence);
        return exit;
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
