package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.MapPublication;
import vn.covidmaps.engine.PublishReport;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.ReviewedPlan;
import vn.covidmaps.postgis.DatabasePlan;
import vn.covidmaps.text.Day;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Validate the report, load every layer into PostGIS in one transaction (replacing that date's"
                + " rows if already loaded), then make GeoServer serve them (workspace, datastore, layers, styles,"
                + " layer group; only what differs is written). A workbook with errors changes nothing.")
final class PublishCommand implements Callable<Integer> {
    @Mixin
    ReportOptions report;
    @Option(names = "--plan", paramLabel = "PLAN.json",
            description = "Apply a plan written by 'plan --out' (its report and date), refusing if anything it saw has changed.")
    Path planFile;
    @Mixin
    OutputFormat output;
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
        Settings settings = common.settings();
        Publisher publisher = new Publisher(settings);
        PublishReport result;
        LocalDate date;
        if (planFile != null) {
            if (report.inputs != null && !report.inputs.isEmpty() || report.date != null || force) {
                throw new ParameterException(spec.commandLine(), "--plan takes the report and its date from the plan: give no REPORT, --date or --force");
            }
            ReviewedPlan plan = ReviewedPlan.read(planFile);
            date = plan.date();
            result = publisher.publish(plan);
        } else {
            date = report.reportDate();
            result = publisher.publish(report.inputs(spec), date, force);
        }
        if (!output.json()) {
            printDatabase(result, date, out);
        }
        if (result.validation() != null && !result.validation().ok()) {
            if (output.json()) {
                JsonOutput.print(JsonOutput.publish(date, result, null, null), out);
            }
            return ExitCodes.WORKBOOK_ERRORS;
        }
        if (databaseOnly) {
            if (output.json()) {
                JsonOutput.print(JsonOutput.publish(date, result, null, null), out);
            }
            return ExitCodes.OK;
        }
        Set<String> changed = result.dataChanged() ? result.loaded().keySet() : Set.of();
        try {
            MapPublication.Result applied = new MapPublication(settings, publisher.catalog()).apply(changed);
            if (output.json()) {
                JsonOutput.print(JsonOutput.publish(date, result, applied, null), out);
            } else {
                GeoServerPrinter.printApplied(applied, out);
            }
        } catch (RuntimeException e) {
            if (output.json()) {
                JsonOutput.print(JsonOutput.publish(date, result, null, FailureHandler.describe(e)), out);
            }
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

    private void printDatabase(PublishReport result, LocalDate date, PrintWriter out) {
        if (result.validation() == null) {
            out.println("The report of " + Day.format(date) + " is already loaded from these same files: database unchanged.");
            return;
        }
        ProblemPrinter.print(result.validation(), out, spec.commandLine().getErr());
        if (!result.validation().ok()) {
            spec.commandLine().getErr().println(vn.covidmaps.config.Messages.get("print.nothingPublished"));
            return;
        }
        long total = result.loaded().values().stream().mapToLong(Long::longValue).sum();
        out.printf("Loaded %d rows into PostGIS for the report of %s (%s):%n", total, Day.format(date),
                result.report() == DatabasePlan.Report.NEW ? "a new date" : "replacing that date's earlier rows");
        for (Map.Entry<String, Long> layer : result.loaded().entrySet()) {
            out.printf("  %-24s %8d%n", layer.getKey(), layer.getValue());
        }
        if (result.diff() != null) {
            DiffPrinter.print(result.diff().date(), result.diff().against(), result.diff().layers(), false, out);
        }
    }
}
