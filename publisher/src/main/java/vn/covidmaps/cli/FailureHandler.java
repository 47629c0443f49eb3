package vn.covidmaps.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.ingest.WorkbookException;
import vn.covidmaps.layer.LayerDefinitionException;
import vn.covidmaps.postgis.DatabaseException;

/** Turns a failure into one clear message on stderr and an exit code; the stack trace only with --debug. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        String prefix = "covidmaps: ";
        if (e instanceof LayerDefinitionException layers) {
            err.println(prefix + "the layer definitions are not usable:");
            layers.problems().forEach(p -> err.println("  " + p));
        } else if (e instanceof WorkbookException || e instanceof ConfigurationException || e instanceof DatabaseException
                || e instanceof UncheckedIOException || isKnown(e)) {
            err.println(prefix + e.getMessage());
        } else {
            err.println(prefix + "unexpected failure: " + e + " (run with --debug for details)");
        }
        if (parseResult.hasMatchedOption("--debug")) {
            e.printStackTrace(err);
        }
        return ExitCodes.FAILURE;
    }

    /** Failures of the GeoServer step carry their own complete sentence. */
    private static boolean isKnown(Exception e) {
        return e.getClass().getPackageName().startsWith("vn.covidmaps");
    }
}
