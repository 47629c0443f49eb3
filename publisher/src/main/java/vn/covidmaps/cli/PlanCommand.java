package vn.covidmaps.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.config.Messages;
import vn.covidmaps.engine.PlanReport;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.postgis.DatabasePlan;
import vn.covidmaps.postgis.TableChange;
import vn.covidmaps.text.Day;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print what 'publish' would do in PostGIS and on GeoServer (create / update / unchanged per"
                + " resource) and what the report changes against the previous one, and change nothing.")
final class PlanCommand implements Callable<Integer> {
    @Mixin
    ReportOptions report;
    @Option(names = "--out", paramLabel = "PLAN.json",
            description = "Also write the plan for review; 'publish --plan PLAN.json' then applies exactly it, and refuses"
                    + " if the workbook, layer files, styles, configuration, database or GeoServer changed meanwhile.")
    Path planFile;
    @Mixin
    OutputFormat output;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PlanReport plan = new Publisher(common.settings()).plan(report.inputs(spec), report.reportDate());
        if (planFile != null) {
            try {
                Files.writeString(planFile, JsonOutput.text(JsonOutput.plan(plan)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + planFile + ": " + e.getMessage(), e);
            }
        }
        if (output.json()) {
            JsonOutput.print(JsonOutput.plan(plan), out);
        } else {
            print(plan, out);
            if (planFile != null) {
                out.println(Messages.get("planfile.written", planFile));
            }
        }
        return plan.ok() ? ExitCodes.OK : ExitCodes.WORKBOOK_ERRORS;
    }

    private void print(PlanReport plan, PrintWriter out) {
        ProblemPrinter.print(plan.validation(), out, spec.commandLine().getErr());
        DatabasePlan database = plan.database();
        out.println("PostGIS:");
        out.printf("  %-9s report of %s%n", switch (database.report()) {
            case NEW -> "create";
            case REPLACE -> "update";
            case UNCHANGED -> "unchanged";
        }, Day.format(plan.date()));
        for (TableChange table : database.tables()) {
            out.printf("  %-9s table %s%s%n", table.action().name().toLowerCase(), table.table(),
                    table.details().isEmpty() || table.action() == TableChange.Action.CREATE ? "" : ": " + String.join(", ", table.details()));
            table.conflicts().forEach(c -> out.println("  CONFLICT  " + c));
        }
        if (plan.diff() != null) {
            DiffPrinter.print(plan.diff().date(), plan.diff().against(), plan.diff().layers(), false, out);
        }
        GeoServerPrinter.printPlan(plan.geoserver(), out);
    }
}
