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
import vn.covidmaps.engine.GeoServerOutcome;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.Reports;
import vn.covidmaps.postgis.Retraction;
import vn.covidmaps.text.Day;

@Command(name = "retract", mixinStandardHelpOptions = true)
final class RetractCommand implements Callable<Integer> {
    @Option(names = {"-d", "--date"}, required = true, paramLabel = "DATE", converter = DateConverter.class, descriptionKey = "retract.date")
    LocalDate date;
    @Option(names = "--yes")
    boolean yes;
    @Option(names = "--database-only", descriptionKey = "retract.databaseOnly")
    boolean databaseOnly;
    @Mixin
    OutputFormat output;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = common.messages();
        Publisher publisher = new Publisher(common.settings());
        Reports.RetractResult result = publisher.retract(date, yes, databaseOnly);
        if (output.json()) {
            JsonOutput.print(JsonOutput.retract(result, messages), out);
        } else {
            print(result, messages, out);
        }
        int exit = ExitCodes.OK;
        if (result.geoserver() instanceof GeoServerOutcome.Failed failed) {
            exit = FailureHandler.report(failed.failure(), messages, err, common.debug);
            err.println(messages.text("retract.geoserverFailed"));
        }
        if (result.applied()) {
            // a retracted report leaves the open-data copy too, not only at the next publish
            try {
                PrintWriter notes = output.json() ? err : out;
                publisher.exportOpenData().ifPresent(done -> notes.println(messages.text("opendata.done", done.directory(),
                        done.written().size(), done.unchanged().size(), done.removed().size())));
            } catch (RuntimeException e) {
                int failed = FailureHandler.report(e, messages, err, common.debug);
                err.println(messages.text("opendata.retractFailed"));
                return exit == ExitCodes.OK ? failed : exit;
            }
        }
        return exit;
    }

    private void print(Reports.RetractResult result, Messages messages, PrintWriter out) {
        Retraction.Plan plan = result.plan();
        String day = Day.format(date);
        String fallback = plan.fallback().map(d -> messages.text("retract.fallback", Day.format(d))).orElse(messages.text("retract.fallbackNone"));
        if (!plan.hasData()) {
            out.println(messages.text("retract.nothing", day));
        } else if (!result.applied()) {
            out.println(messages.text("retract.plan", day));
            for (Map.Entry<String, Long> layer : plan.rows().entrySet()) {
                out.println("  " + messages.text("retract.layer", layer.getKey(), layer.getValue()));
            }
            out.println("  " + messages.text("retract.geoserver", day));
            out.println(fallback);
            out.println(messages.text("retract.confirm"));
        } else {
            out.println(messages.text("retract.done", day, plan.total()));
            out.println(fallback);
        }
        if (result.geoserver() instanceof GeoServerOutcome.Applied applied) {
            new ChangePrinter(messages, out).printApplied(applied);
        }
    }
}
