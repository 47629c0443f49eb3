package vn.covidmaps.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The report a command works on: its files and its date. */
public class ReportOptions {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Parameters(arity = "1..*", paramLabel = "REPORT", descriptionKey = "report")
    List<Path> inputs;

    @Option(names = {"-d", "--date"}, paramLabel = "DATE", converter = DateConverter.class)
    LocalDate date;

    LocalDate reportDate() {
        return date != null ? date : LocalDate.now(VIETNAM);
    }
}
