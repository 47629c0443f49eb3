package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.MapPublication;
import vn.covidmaps.engine.PurgeReport;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.text.Day;

@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Delete whole report dates older than DATE from every layer, with their records, cached tiles and TIME"
                + " values (data minimisation). Without --yes it only prints what it would delete.")
final class PurgeCommand implements Callable<Integer> {
    @Option(names = "--before", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "Delete the reports dated before this day (dd/mm/yyyy or yyyy-mm-dd); its own report is kept.")
    LocalDate before;
    @Option(names = "--yes", description = "Really delete them.")
    boolean yes;
    @Option(names = "--database-only", description = "Delete in PostGIS only; clear GeoServer's tiles at the next publish.")
    boolean databaseOnly;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = common.settings();
        Publisher publisher = new Publisher(settings);
        PurgeReport report = publisher.purge(before, yes);
        print(report, out);
        if (!yes) {
            if (!report.dates().isEmpty()) {
                out.println("Nothing was deleted: run again with --yes to delete these reports.");
            }
            return ExitCodes.OK;
        }
        if (databaseOnly || report.layers().isEmpty()) {
            return ExitCodes.OK;
        }
        try {
            GeoServerPrinter.printApplied(new MapPublication(settings, publisher.catalog()).apply(report.layers()), out);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("covidmaps: " + FailureHandler.describe(e));
            spec.commandLine().getErr().println("The reports are deleted from PostGIS; GeoServer's cached tiles of "
                    + String.join(", ", report.layers()) + " are cleared by the next publish.");
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    /** Also how publish shows what retention.days deleted. */
    static void print(PurgeReport report, PrintWriter out) {
        String before = Day.format(report.before());
        if (report.dates().isEmpty()) {
            out.println("No report is older than " + before + ".");
            return;
        }
        out.printf("%s %d report date(s) older than %s:%n", report.deleted() ? "Deleted" : "Would delete",
                report.reportDates().size(), before);
        for (var dated : report.dates()) {
            out.printf("  %-10s %-24s %8d rows%n", Day.format(dated.reportDate()),
                    dated.layer() == null ? "(bookkeeping only)" : dated.layer(), dated.rows());
        }
    }
}
