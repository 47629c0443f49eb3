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
import vn.covidmaps.engine.RemovalResult;
import vn.covidmaps.engine.RemovedReports;
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
        RemovalResult result = new Publisher(common.settings()).retract(date, yes, databaseOnly);
        if (output.json()) {
            JsonOutput.print(JsonOutput.retract(result, messages), out);
        } else {
            print(result, messages, out);
        }
        int exit = FailureHandler.geoServerBehind(result.geoserver(), "retract.geoserverFailed", messages, err, common.debug);
        // a retracted report leaves the open-data copy too, not only at the next publish
        new ChangePrinter(messages, output.json() ? err : out).printOpenData(result.openData());
        int openData = FailureHandler.openDataBehind(result.openData(), "opendata.retractFailed", messages, err, common.debug);
        return exit == ExitCodes.OK ? openData : exit;
    }

    private void print(RemovalResult result, Messages messages, PrintWriter out) {
        RemovedReports removed = result.removed();
        String day = Day.format(date);
        String fallback = removed.fallback().map(d -> messages.text("retract.fallback", Day.format(d))).orElse(messages.text("retract.fallbackNone"));
        if (!removed.any()) {
            out.println(messages.text("retract.nothing", day));
        } else if (!removed.deleted()) {
            out.println(messages.text("retract.plan", day));
            for (Map.Entry<String, Long> layer : removed.rows().entrySet()) {
                out.println("  " + messages.text("retract.layer", layer.getKey(), layer.getValue()));
            }
            out.println("  " + messages.text("retract.geoserver", day));
            out.println(fallback);
            out.println(messages.text("retract.confirm"));
        } else {
            out.println(messages.text("retract.done", day, removed.total()));
            out.println(fallback);
        }
        if (result.geoserver() instanceof GeoServerOutcome.Applied applied) {
            new ChangePrinter(messages, out).printApplied(applied);
        }
    }
}
