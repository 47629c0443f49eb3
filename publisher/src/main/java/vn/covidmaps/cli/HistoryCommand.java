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
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.Reports;
import vn.covidmaps.postgis.AuditLog;
import vn.covidmaps.postgis.ReportHistory;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Print the loaded reports (date, when and by whom each was published, fingerprint, rows) and the"
                + " audit trail of every publish, retract and purge.")
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--audit", paramLabel = "N", defaultValue = "20", description = "How many audit entries to show, newest first (default: 20).")
    int auditEntries;
    @Mixin
    OutputFormat output;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = common.settings();
        Reports.HistoryResult history = new Reports(settings, new Publisher(settings).catalog()).history(auditEntries);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            JsonOutput.print(JsonOutput.history(history), out);
            return ExitCodes.OK;
        }
        if (history.reports().isEmpty()) {
            out.println(Messages.get("history.none"));
        } else {
            out.println(Messages.get("history.reports"));
            out.println("  " + Messages.get("history.columns"));
            for (ReportHistory.LoadedReport report : history.reports()) {
                long rows = report.rows().values().stream().mapToLong(Long::longValue).sum();
                out.printf("  %-11s %-20s %-13s %-13s %d%n", report.reportDate().format(vn.covidmaps.text.Day.FORMAT),
                        report.loadedAt().withOffsetSameInstant(ZoneOffset.UTC).format(WHEN),
                        report.publishedBy() == null ? Messages.get("history.unknown") : report.publishedBy(),
                        report.fingerprint().substring(0, Math.min(12, report.fingerprint().length())), rows);
            }
        }
        out.println();
        out.println(history.audit().isEmpty() ? Messages.get("history.auditNone") : Messages.get("history.audit"));
        for (AuditLog.Entry entry : history.audit()) {
            out.printf("  %-20s %-13s %-11s %s%n", entry.at().withOffsetSameInstant(ZoneOffset.UTC).format(WHEN), entry.user(),
                    Messages.get("history.action." + entry.action().name().toLowerCase()),
                    entry.reportDate() == null ? "" : entry.reportDate().format(vn.covidmaps.text.Day.FORMAT));
        }
        return ExitCodes.OK;
    }
}
