package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.config.Messages;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.Reports;
import vn.covidmaps.postgis.AuditLog;
import vn.covidmaps.postgis.ReportHistory;
import vn.covidmaps.text.Day;

@Command(name = "history", mixinStandardHelpOptions = true)
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--audit", paramLabel = "N", defaultValue = "20")
    int auditEntries;
    @Mixin
    OutputFormat output;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Reports.HistoryResult history = new Publisher(common.settings()).history(auditEntries);
        PrintWriter out = spec.commandLine().getOut();
        Messages messages = common.messages();
        if (output.json()) {
            JsonOutput.print(JsonOutput.history(history), out);
            return ExitCodes.OK;
        }
        if (history.reports().isEmpty()) {
            out.println(messages.text("history.none"));
        } else {
            out.println(messages.text("history.reports"));
            out.println("  " + messages.text("history.columns"));
            for (ReportHistory.LoadedReport report : history.reports()) {
                long rows = report.rows().values().stream().mapToLong(Long::longValue).sum();
                out.printf("  %-11s %-20s %-13s %-13s %d%n", report.reportDate().format(Day.FORMAT),
                        report.loadedAt().withOffsetSameInstant(ZoneOffset.UTC).format(WHEN),
                        report.publishedBy() == null ? messages.text("history.unknown") : report.publishedBy(),
                        report.fingerprint().substring(0, Math.min(12, report.fingerprint().length())), rows);
            }
        }
        out.println();
        out.println(history.audit().isEmpty() ? messages.text("history.auditNone") : messages.text("history.audit"));
        for (AuditLog.Entry entry : history.audit()) {
            out.printf("  %-20s %-13s %-11s %s%n", entry.at().withOffsetSameInstant(ZoneOffset.UTC).format(WHEN), entry.user(),
                    messages.text("history.action." + entry.action().name().toLowerCase()),
                    entry.reportDate() == null ? "" : entry.reportDate().format(Day.FORMAT));
        }
        return ExitCodes.OK;
    }
}
