package vn.covidmaps.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.ValidationReport;
import vn.covidmaps.postgis.CopySpool;

/**
 * For publisher/bench/run-bench.sh, run from the test classpath (it is not in the production jar):
 * writes a large synthetic report as CSV and .xlsx, and the rows publish would COPY, so that psql
 * can time the same load.
 */
@Command(name = "bench-report", mixinStandardHelpOptions = true,
        description = "Write a large synthetic report of 08/06/2021 as CSV (OUT/csv) and .xlsx (OUT/report.xlsx),"
                + " and the rows publish would COPY (OUT/prepared/<layer>.copy).")
public final class BenchReport implements Callable<Integer> {
    @Option(names = "--rows", required = true, paramLabel = "N", description = "Rows of the itinerary sheet (cases: N/10, 100 to 20000).")
    int rows;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;
    @Option(names = "--seed", defaultValue = "2021", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchReport()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        new SyntheticReport(rows, seed).write(out);
        Publisher publisher = new Publisher(Settings.load(Path.of("covidmaps.properties"), System.getenv()));
        Path prepared = out.resolve("prepared");
        ValidationReport check;
        try (CopySpool spool = new CopySpool(SyntheticReport.REPORT_DATE)) {
            check = publisher.read(List.of(out.resolve("csv")), SyntheticReport.REPORT_DATE, spool);
            Files.createDirectories(prepared);
            for (Map.Entry<String, Path> file : spool.finish().entrySet()) {
                Files.copy(file.getValue(), prepared.resolve(file.getKey() + ".copy"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        new PrintWriter(System.out, true).printf("wrote %s (csv/, report.xlsx, prepared/): %s, %d errors, %d warnings%n",
                out, check.counts(), check.problems().errorCount(), check.problems().warningCount());
        return check.ok() ? 0 : 3;
    }
}
