package vn.covidmaps.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code covidmaps} command: picocli wiring only; each subcommand calls the engine and prints its result. */
@Command(name = "covidmaps", mixinStandardHelpOptions = true, version = "covidmaps 0.1.0",
        description = "Publishes the Health Department's COVID-19 report workbook as map layers: PostGIS tables, then GeoServer WMS/WFS.",
        subcommands = {ValidateCommand.class, PublishCommand.class, PlanCommand.class, StatusCommand.class, PortalCommand.class,
                DemoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the database, GeoServer, a file or the configuration failed",
                "2:wrong command-line usage", "3:the workbook has errors; nothing was published"},
        footerHeading = "%nConfiguration:%n",
        footer = {"Settings come from covidmaps.properties (or --config FILE) and environment variables COVIDMAPS_<KEY>,",
                "e.g. COVIDMAPS_DB_URL, COVIDMAPS_DB_PASSWORD, COVIDMAPS_GEOSERVER_URL, COVIDMAPS_GEOSERVER_PASSWORD.",
                "Passwords are never taken on the command line. See README.md for every setting."})
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
        return commandLine;
    }
}
