package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.ValidationReport;
import vn.covidmaps.postgis.DatabasePlan;
import vn.covidmaps.postgis.TableChange;
import vn.covidmaps.text.Day;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print what 'publish' would do in PostGIS and on GeoServer (create / update / unchanged per"
                + " resource) and change nothing.")
final class PlanCommand implements Callable<Integer> {
    @Mixin
    ReportOptions report;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        vn.covidmaps.config.Settings settings = common.settings();
        Publisher publisher = new Publisher(settings);
        ValidationReport validation = publisher.validate(report.inputs, report.reportDate());
        ProblemPrinter.print(validation, out, spec.commandLine().getErr());
        DatabasePlan plan = publisher.planDatabase(report.inputs, report.reportDate());
        out.println("PostGIS:");
        out.printf("  %-9s report of %s%n", switch (plan.report()) {
            case NEW -> "create";
            case REPLACE -> "update";
            case UNCHANGED -> "unchanged";
        }, Day.format(report.reportDate()));
        for (TableChange table : plan.tables()) {
            out.printf("  %-9s table %s%s%n", table.action().name().toLowerCase(), table.table(),
                    table.details().isEmpty() || table.action() == TableChange.Action.CREATE ? "" : ": " + String.join(", ", table.details()));
            table.conflicts().forEach(c -> out.println("  CONFLICT  " + c));
        }
        GeoServerPrinter.printPlan(new vn.covidmaps.engine.MapPublication(settings, publisher.catalog()).plan(), out);
        return validation.ok() && !plan.hasConflicts() ? ExitCodes.OK : ExitCodes.WORKBOOK_ERRORS;
    }
}
