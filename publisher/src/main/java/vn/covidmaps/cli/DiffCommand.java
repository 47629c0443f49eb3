package vn.covidmaps.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.Reports;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Print what a loaded report changes against an earlier one, per layer: cases, places, zones and"
                + " checkpoints added or removed, quarantine occupancy and risk-level changes per unit.")
final class DiffCommand implements Callable<Integer> {
    @Option(names = {"-d", "--date"}, required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "The report to look at, dd/mm/yyyy or yyyy-mm-dd.")
    LocalDate date;
    @Option(names = "--against", paramLabel = "DATE", converter = DateConverter.class,
            description = "The report to compare with (default: the previous loaded report).")
    LocalDate against;
    @Option(names = "--all", description = "List every row, not only the first " + DiffPrinter.SHOWN + " of each kind per layer.")
    boolean all;
    @Mixin
    OutputFormat output;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = common.settings();
        Reports.DiffResult diff = new Reports(settings, new Publisher(settings).catalog()).diff(date, against);
        if (output.json()) {
            JsonOutput.print(JsonOutput.diff(diff.date(), diff.against(), diff.layers()), spec.commandLine().getOut());
        } else {
            DiffPrinter.print(diff.date(), diff.against(), diff.layers(), all, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
