package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.covidmaps.engine.Plan;
import vn.covidmaps.engine.Publisher;

@Command(name = "plan", mixinStandardHelpOptions = true)
final class PlanCommand implements Callable<Integer> {
    @Mixin
    ReportOptions report;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Plan plan = new Publisher(common.settings()).plan(report.inputs, report.reportDate());
        ProblemPrinter.print(plan.validation(), common.messages(), out, spec.commandLine().getErr());
        new ChangePrinter(common.messages(), out).printPlan(plan);
        return plan.ok() ? ExitCodes.OK : ExitCodes.WORKBOOK_ERRORS;
    }
}
