package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
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

@Command(name = "purge", mixinStandardHelpOptions = true)
final class PurgeCommand implements Callable<Integer> {
    @Option(names = "--before", required = true, paramLabel = "DATE", converter = DateConverter.class)
    LocalDate before;
    @Option(names = "--yes")
    boolean yes;
    @Option(names = "--database-only", descriptionKey = "purge.database-only")
    boolean databaseOnly;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = common.messages();
        RemovalResult result = new Publisher(common.settings()).purge(before, yes, databaseOnly);
        print(result.removed(), messages, out);
        if (!yes && result.removed().any()) {
            out.println(messages.text("purge.askYes"));
        }
        if (result.geoserver() instanceof GeoServerOutcome.Applied applied) {
            new ChangePrinter(messages, out).printApplied(applied);
        }
        int exit = FailureHandler.geoServerBehind(result.geoserver(), "purge.geoserverBehind", messages, err, common.debug,
                String.join(", ", result.removed().layers()));
        new ChangePrinter(messages, out).printOpenData(result.openData());
        int openData = FailureHandler.openDataBehind(result.openData(), "opendata.purgeFailed", messages, err, common.debug);
        return exit == ExitCodes.OK ? openData : exit;
    }

    /** Also how publish shows what retention.days deleted. */
    static void print(RemovedReports report, Messages messages, PrintWriter out) {
        String before = Day.format(report.date());
        if (!report.any()) {
            out.println(messages.text("purge.none", before));
            return;
        }
        out.println(messages.text(report.deleted() ? "purge.deleted" : "purge.would", report.reportDates().size(), before));
        for (var dated : report.dates()) {
            out.printf("  %-10s %-24s %8s%n", Day.format(dated.reportDate()),
                    dated.layer() == null ? messages.text("purge.bookkeeping") : dated.layer(), messages.text("purge.rows", dated.rows()));
        }
    }
}
