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

    @Parameters(arity = "0..*", paramLabel = "REPORT", descriptionKey = "report")
    List<Path> inputs;

    @Option(names = {"-d", "--date"}, paramLabel = "DATE", converter = DateConverter.class)
    LocalDate date;

    /** The report's files; they are required, except by publish --plan, which takes them from the plan. */
    List<Path> inputs(picocli.CommandLine.Model.CommandSpec spec) {
        if (inputs == null || inputs.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    CovidMaps.messages(spec.commandLine().getParseResult()).text("option.missingReport"));
        }
        return inputs;
    }

    LocalDate reportDate() {
        return date != null ? date : LocalDate.now(VIETNAM);
    }
}
