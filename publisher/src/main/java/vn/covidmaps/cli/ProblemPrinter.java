package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.util.Map;
import vn.covidmaps.config.Messages;
import vn.covidmaps.engine.ValidationReport;
import vn.covidmaps.ingest.Problem;
import vn.covidmaps.ingest.Problems;
import vn.covidmaps.text.Day;

/** Prints a validation report: rows per layer, then every error and warning, one per line. */
final class ProblemPrinter {
    private ProblemPrinter() {
    }

    static void print(ValidationReport report, Messages messages, PrintWriter out, PrintWriter err) {
        out.println(messages.text("print.report", report.input(), Day.format(report.reportDate())));
        for (Map.Entry<String, Long> count : report.counts().entrySet()) {
            out.printf("  %-24s %8s%n", count.getKey(), messages.text("print.rows", count.getValue()));
        }
        Problems problems = report.problems();
        for (Problem warning : problems.warnings()) {
            out.println(messages.text("print.warning") + ": " + warning.render(messages));
        }
        for (Problem error : problems.errors()) {
            err.println(messages.text("print.error") + ": " + error.render(messages));
        }
        if (problems.omitted() > 0) {
            err.println(messages.text("print.omitted", problems.omitted()));
        }
        if (problems.hasErrors()) {
            err.println(messages.text("print.failed", problems.errorCount(), problems.warningCount()));
        } else {
            out.println(messages.text("print.ok", problems.warningCount()));
        }
    }
}
