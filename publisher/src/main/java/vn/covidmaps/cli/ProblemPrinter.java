package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.covidmaps.engine.ValidationReport;
import vn.covidmaps.ingest.Problem;
import vn.covidmaps.ingest.Problems;

/** Prints a validation report: rows per layer, then every error and warning, one per line. */
final class ProblemPrinter {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProblemPrinter() {
    }

    static void print(ValidationReport report, PrintWriter out, PrintWriter err) {
        out.println(report.input() + " — report of " + report.reportDate().format(DAY));
        for (Map.Entry<String, Long> count : report.counts().entrySet()) {
            out.printf("  %-24s %8d rows%n", count.getKey(), count.getValue());
        }
        Problems problems = report.problems();
        for (Problem warning : problems.warnings()) {
            out.println("warning: " + warning.render());
        }
        for (Problem error : problems.errors()) {
            err.println("error: " + error.render());
        }
        if (problems.omitted() > 0) {
            err.println("... and " + problems.omitted() + " more problems not shown");
        }
        if (problems.hasErrors()) {
            err.printf("%d error(s), %d warning(s): fix the workbook and run again.%n", problems.errorCount(), problems.warningCount());
        } else {
            out.printf("No errors, %d warning(s).%n", problems.warningCount());
        }
    }
}
