package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.config.Messages;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.Reports;
import vn.covidmaps.postgis.Retraction;

@Command(name = "retract", mixinStandardHelpOptions = true,
        description = "Take one report date back out of every layer: its rows in PostGIS, its cached tiles and its TIME value"
                + " on GeoServer, so the map falls back to the previous report. Without --yes it only says what it would do.")
final class RetractCommand implements Callable<Integer> {
    @Option(names = {"-d", "--date"}, required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "The report date to retract, dd/mm/yyyy or yyyy-mm-dd.")
    LocalDate date;
    @Option(names = "--yes", description = "Retract. Without it nothing is changed.")
    boolean yes;
    @Option(names = "--database-only", description = "Change PostGIS only; GeoServer catches up at the next retract or publish.")
    boolean databaseOnly;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = common.settings();
        PrintWriter out = spec.commandLine().getOut();
        Reports.RetractResult result = new Reports(settings, new Publisher(settings).catalog()).retract(date, yes, databaseOnly);
        Retraction.Plan plan = result.plan();
        String day = date.format(vn.covidmaps.text.Day.FORMAT);
        if (!plan.hasData()) {
            out.println(Messages.get("retract.nothing", day));
        } else if (!result.applied()) {
            out.println(Messages.get("retract.plan", day));
            for (Map.Entry<String, Long> layer : plan.rows().entrySet()) {
                out.println("  " + Messages.get("retract.layer", layer.getKey(), layer.getValue()));
            }
            out.println("  " + Messages.get("retract.geoserver", day));
            out.println(plan.fallback().map(d -> Messages.get("retract.fallback", d.format(vn.covidmaps.text.Day.FORMAT))).orElse(Messages.get("retract.fallbackNone")));
            out.println(Messages.get("retract.confirm"));
            return ExitCodes.OK;
        } else {
            out.println(Messages.get("retract.done", day, plan.total()));
            out.println(plan.fallback().map(d -> Messages.get("retract.fallback", d.format(vn.covidmaps.text.Day.FORMAT))).orElse(Messages.get("retract.fallbackNone")));
        }
        if (result.geoserver() != null) {
            GeoServerPrinter.printApplied(result.geoserver(), out);
        }
        if (result.geoserverFailure() != null) {
            spec.commandLine().getErr().println("covidmaps: " + FailureHandler.describe(result.geoserverFailure()));
            spec.commandLine().getErr().println(Messages.get("retract.geoserverFailed"));
            if (common.debug) {
                result.geoserverFailure().printStackTrace(spec.commandLine().getErr());
            }
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }
}
