package vn.covidmaps.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.covidmaps.layer.LayerDefinitionException;

/** Turns a failure into one clear message on stderr and an exit code; the stack trace only with --debug. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        String prefix = "covidmaps: ";
        if (e instanceof LayerDefinitionException layers) {
            err.println(prefix + "the layer definitions are not usable:");
            layers.problems().forEach(p -> err.println("  " + p));
        } else {
            err.println(prefix + describe(e));
        }
        if (parseResult.hasMatchedOption("--debug")) {
            e.printStackTrace(err);
        }
        return ExitCodes.FAILURE;
    }

    /** Our own failures (workbook, configuration, database, GeoServer) carry a complete sentence; others are named. */
    static String describe(Exception e) {
        if (e instanceof UncheckedIOException || e.getClass().getPackageName().startsWith("vn.covidmaps")) {
            return e.getMessage();
        }
        return "unexpected failure: " + e + " (run with --debug for details)";
    }
}
