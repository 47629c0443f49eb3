package vn.covidmaps.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.Reports;

@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {
    @Option(names = {"-d", "--date"}, required = true, paramLabel = "DATE", converter = DateConverter.class, descriptionKey = "diff.date")
    LocalDate date;
    @Option(names = "--against", paramLabel = "DATE", converter = DateConverter.class)
    LocalDate against;
    @Option(names = "--all")
    boolean all;
    @Mixin
    OutputFormat output;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Reports.DiffResult diff = new Publisher(common.settings()).diff(date, against);
        if (output.json()) {
            JsonOutput.print(JsonOutput.diff(diff), spec.commandLine().getOut());
        } else {
            new DiffPrinter(common.messages(), spec.commandLine().getOut()).print(diff, all);
        }
        return ExitCodes.OK;
    }
}
