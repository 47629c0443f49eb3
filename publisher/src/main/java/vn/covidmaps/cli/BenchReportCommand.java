package vn.covidmaps.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.bench.SyntheticReport;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.ValidationReport;

@Command(name = "bench-report", mixinStandardHelpOptions = true,
        description = "For benchmarks (publisher/bench/run-bench.sh): write a large synthetic report of 08/06/2021 as CSV"
                + " (OUT/csv) and .xlsx (OUT/report.xlsx), and the rows publish would COPY (OUT/prepared/<layer>.copy).")
final class BenchReportCommand implements Callable<Integer> {
    @Option(names = "--rows", required = true, paramLabel = "N", description = "Rows of the itinerary sheet (cases: N/10, 100 to 20000).")
    int rows;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;
    @Option(names = "--seed", defaultValue = "2021", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        new SyntheticReport(rows, seed).write(out);
        ValidationReport check = new Publisher(common.settings())
                .prepare(List.of(out.resolve("csv")), SyntheticReport.REPORT_DATE, out.resolve("prepared"));
        spec.commandLine().getOut().printf("wrote %s (csv/, report.xlsx, prepared/): %s, %d errors, %d warnings%n",
                out, check.counts(), check.problems().errorCount(), check.problems().warningCount());
        return check.ok() ? ExitCodes.OK : ExitCodes.WORKBOOK_ERRORS;
    }
}
