package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.MapPublication;
import vn.covidmaps.engine.PublishReport;
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
    @Option(names = "--wait-seed", description = "After publishing, wait until GeoServer has seeded the latest report's tiles.")
    boolean waitSeed;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = common.settings();
        Publisher publisher = new Publisher(settings);
        PublishReport result = publisher.publish(report.inputs, report.reportDate(), force);
        if (result.validation() == null) {
            out.println("The report of " + Day.format(report.reportDate())
                    + " is already loaded from these same files: database unchanged.");
        } else {
            ProblemPrinter.print(result.validation(), out, spec.commandLine().getErr());
            if (!result.validation().ok()) {
                spec.commandLine().getErr().println(vn.covidmaps.config.Messages.get("print.nothingPublished"));
                return ExitCodes.WORKBOOK_ERRORS;
            }
            long total = result.loaded().values().stream().mapToLong(Long::longValue).sum();
            out.printf("Loaded %d rows into PostGIS for the report of %s (%s):%n", total, Day.format(report.reportDate()),
                    result.report() == DatabasePlan.Report.NEW ? "a new date" : "replacing that date's earlier rows");
            for (Map.Entry<String, Long> layer : result.loaded().entrySet()) {
                out.printf("  %-24s %8d%n", layer.getKey(), layer.getValue());
            }
        }
        if (databaseOnly) {
            return ExitCodes.OK;
        }
        Set<String> changed = result.dataChanged() ? result.loaded().keySet() : Set.of();
        try {
            MapPublication publication = new MapPublication(settings, publisher.catalog());
            MapPublication.Result applied = publication.apply(changed, result.dataChanged() ? report.reportDate() : null);
            GeoServerPrinter.printApplied(applied, out);
            if (waitSeed && applied.seeding() != null && applied.seeding().any()) {
                GeoServerPrinter.awaitSeeding(publication, out);
            }
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("covidmaps: " + FailureHandler.describe(e));
            spec.commandLine().getErr().println("The report is loaded in PostGIS; GeoServer was not fully updated."
                    + " Run publish again once this is fixed: it will catch up.");
            if (common.debug) {
                e.printStackTrace(spec.commandLine().getErr());
            }
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }
}
