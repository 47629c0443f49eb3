package vn.covidmaps.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.ValidationReport;

@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ReportOptions report;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ValidationReport result = new Publisher(common.settings()).validate(report.inputs, report.reportDate());
        ProblemPrinter.print(result, common.messages(), spec.commandLine().getOut(), spec.commandLine().getErr());
        return result.ok() ? ExitCodes.OK : ExitCodes.WORKBOOK_ERRORS;
    }
}
