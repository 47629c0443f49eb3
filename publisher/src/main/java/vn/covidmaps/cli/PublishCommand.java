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

@Command(name = "publish", mixinStandardHelpOptions = true)
final class PublishCommand implements Callable<Integer> {
    @Mixin
    ReportOptions report;
    @Mixin
    CommonOptions common;
    @Option(names = "--force")
    boolean force;
    @Option(names = "--database-only")
    boolean databaseOnly;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = common.messages();
        PublishResult result = new Publisher(common.settings()).publish(report.inputs, report.reportDate(), force, databaseOnly);
        if (result instanceof PublishResult.Rejected rejected) {
            ProblemPrinter.print(rejected.validation(), messages, out, err);
            err.println(messages.text("print.nothingPublished"));
            return ExitCodes.WORKBOOK_ERRORS;
        }
        if (result instanceof PublishResult.Skipped skipped) {
            out.println(messages.text("publish.unchanged", Day.format(skipped.reportDate())));
        } else if (result instanceof PublishResult.Loaded loaded) {
            ProblemPrinter.print(loaded.validation(), messages, out, err);
            long total = loaded.loaded().values().stream().mapToLong(Long::longValue).sum();
            out.println(messages.text("publish.loaded", total, Day.format(loaded.validation().reportDate()),
                    messages.text(loaded.report() == DatabasePlan.Report.NEW ? "publish.newDate" : "publish.replaced")));
            for (Map.Entry<String, Long> layer : loaded.loaded().entrySet()) {
                out.printf("  %-24s %8d%n", layer.getKey(), layer.getValue());
            }
        }
        if (result.retention() != null && !result.retention().dates().isEmpty()) {
            out.print(messages.text("publish.retention") + " ");
            PurgeCommand.print(result.retention(), messages, out);
        }
        if (result.geoserver() instanceof GeoServerOutcome.Applied applied) {
            new ChangePrinter(messages, out).printApplied(applied);
        } else if (result.geoserver() instanceof GeoServerOutcome.Failed failed) {
            int exit = FailureHandler.report(failed.failure(), messages, err, common.debug);
            err.println(messages.text("publish.geoserverBehind"));
            return exit;
        }
        return ExitCodes.OK;
    }
}
