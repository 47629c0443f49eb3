package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.covidmaps.config.Messages;
import vn.covidmaps.engine.GeoServerOutcome;
import vn.covidmaps.engine.PublishResult;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.ReviewedPlan;
import vn.covidmaps.postgis.DatabasePlan;
import vn.covidmaps.text.Day;

@Command(name = "publish", mixinStandardHelpOptions = true)
final class PublishCommand implements Callable<Integer> {
    @Mixin
    ReportOptions report;
    @Option(names = "--plan", paramLabel = "PLAN.json")
    Path planFile;
    @Mixin
    OutputFormat output;
    @Mixin
    CommonOptions common;
    @Option(names = "--force")
    boolean force;
    @Option(names = "--database-only")
    boolean databaseOnly;
    @Option(names = "--wait-seed")
    boolean waitSeed;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = common.messages();
        Publisher publisher = new Publisher(common.settings());
        PublishResult result;
        LocalDate date;
        if (planFile != null) {
            if (report.inputs != null && !report.inputs.isEmpty() || report.date != null || force) {
                throw new ParameterException(spec.commandLine(), messages.text("planfile.ownReport"));
            }
            ReviewedPlan plan = ReviewedPlan.read(planFile);
            date = plan.date();
            result = publisher.publish(plan, databaseOnly);
        } else {
            date = report.reportDate();
            result = publisher.publish(report.inputs(spec), date, force, databaseOnly);
        }
        if (output.json()) {
            JsonOutput.print(JsonOutput.publish(date, result, messages), out);
        } else {
            print(result, messages, out, err);
        }
        if (result.geoserver() instanceof GeoServerOutcome.Applied applied && applied.seeding() != null) {
            SeedPrinter seeding = new SeedPrinter(messages, output.json() ? err : out);
            seeding.printStarted(applied.seeding());
            if (waitSeed && applied.seeding().any()) {
                seeding.await(publisher);
            }
        }
        if (result instanceof PublishResult.Rejected) {
            if (!output.json()) {
                err.println(messages.text("print.nothingPublished"));
            }
            return ExitCodes.WORKBOOK_ERRORS;
        }
        int exit = FailureHandler.geoServerBehind(result.geoserver(), "publish.geoserverBehind", messages, err, common.debug);
        new ChangePrinter(messages, output.json() ? err : out).printOpenData(result.openData());
        int openData = FailureHandler.openDataBehind(result.openData(), "opendata.failed", messages, err, common.debug);
        return exit == ExitCodes.OK ? openData : exit;
    }

    private static void print(PublishResult result, Messages messages, PrintWriter out, PrintWriter err) {
        if (result instanceof PublishResult.Rejected rejected) {
            ProblemPrinter.print(rejected.validation(), messages, out, err);
            return;
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
            if (loaded.diff() != null) {
                new DiffPrinter(messages, out).print(loaded.diff(), false);
            }
        }
        if (result.retention() != null && !result.retention().dates().isEmpty()) {
            out.print(messages.text("publish.retention") + " ");
            PurgeCommand.print(result.retention(), messages, out);
        }
        if (result.geoserver() instanceof GeoServerOutcome.Applied applied) {
            new ChangePrinter(messages, out).printApplied(applied);
        }
    }
}
