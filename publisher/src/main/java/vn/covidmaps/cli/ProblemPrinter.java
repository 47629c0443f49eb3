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

    static void print(ValidationReport report, PrintWriter out, PrintWriter err) {
        out.println(Messages.get("print.report", report.input(), Day.format(report.reportDate())));
        for (Map.Entry<String, Long> count : report.counts().entrySet()) {
            out.printf("  %-24s %8s%n", count.getKey(), Messages.get("print.rows", count.getValue()));
        }
        Problems problems = report.problems();
        for (Problem warning : problems.warnings()) {
            out.println(Messages.get("print.warning") + ": " + warning.render());
        }
        for (Problem error : problems.errors()) {
            err.println(Messages.get("print.error") + ": " + error.render());
        }
        if (problems.omitted() > 0) {
            err.println(Messages.get("print.omitted", problems.omitted()));
        }
        if (problems.hasErrors()) {
            err.println(Messages.get("print.failed", problems.errorCount(), problems.warningCount()));
        } else {
            out.println(Messages.get("print.ok", problems.warningCount()));
        }
    }
}
