package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.config.Messages;
import vn.covidmaps.engine.GeoServerOutcome;
import vn.covidmaps.engine.PublishResult;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.postgis.DatabasePlan;
import vn.covidmaps.text.Day;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Validate the report, load every layer into PostGIS in one transaction (replacing that date's"
                + " rows if already loaded), then make GeoServer serve them (workspace, datastore, layers, styles,"
                + " layer group; only what differs is written). A workbook with errors changes nothing.")
final class PublishCommand implements Callable<Integer> {
    @Mixin
    ReportOptions report;
    @Mixin
    CommonOptions common;
    @Option(names = "--force", description = "Load again even if the same files were already loaded for this date.")
    boolean force;
    @Option(names = "--database-only", description = "Load PostGIS only; leave GeoServer as it is.")
    boolean databaseOnly;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PublishResult result = new Publisher(common.settings()).publish(report.inputs, report.reportDate(), force, databaseOnly);
        if (result instanceof PublishResult.Rejected rejected) {
            ProblemPrinter.print(rejected.validation(), out, err);
            err.println(Messages.get("print.nothingPublished"));
            return ExitCodes.WORKBOOK_ERRORS;
        }
        if (result instanceof PublishResult.Skipped skipped) {
            out.println("The report of " + Day.format(skipped.reportDate()) + " is already loaded from these same files: database unchanged.");
        } else if (result instanceof PublishResult.Loaded loaded) {
            ProblemPrinter.print(loaded.validation(), out, err);
            long total = loaded.loaded().values().stream().mapToLong(Long::longValue).sum();
            out.printf("Loaded %d rows into PostGIS for the report of %s (%s):%n", total, Day.format(loaded.validation().reportDate()),
                    loaded.report() == DatabasePlan.Report.NEW ? "a new date" : "replacing that date's earlier rows");
            for (Map.Entry<String, Long> layer : loaded.loaded().entrySet()) {
                out.printf("  %-24s %8d%n", layer.getKey(), layer.getValue());
            }
        }
        if (result.geoserver() instanceof GeoServerOutcome.Applied applied) {
            ChangePrinter.printApplied(applied, out);
        } else if (result.geoserver() instanceof GeoServerOutcome.Failed failed) {
            int exit = FailureHandler.report(failed.failure(), err, common.debug);
            err.println("The report is loaded in PostGIS; GeoServer was not fully updated."
                    + " Run publish again once this is fixed: it will catch up.");
            return exit;
        }
        return ExitCodes.OK;
    }
}
