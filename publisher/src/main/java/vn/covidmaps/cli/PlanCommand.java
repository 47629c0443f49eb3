package vn.covidmaps.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.config.Messages;
import vn.covidmaps.engine.Plan;
import vn.covidmaps.engine.PrivacyPlan;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.error.FileException;
import vn.covidmaps.text.Text;

@Command(name = "plan", mixinStandardHelpOptions = true)
final class PlanCommand implements Callable<Integer> {
    @Mixin
    ReportOptions report;
    @Option(names = "--out", paramLabel = "PLAN.json")
    Path planFile;
    @Mixin
    OutputFormat output;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Publisher publisher = new Publisher(common.settings());
        Plan plan = publisher.plan(report.inputs(spec), report.reportDate());
        if (planFile != null) {
            try {
                Files.writeString(planFile, JsonOutput.text(JsonOutput.plan(plan, common.messages())));
            } catch (IOException e) {
                throw new FileException(Text.of("io.write", planFile, FileException.reason(e)), e);
            }
        }
        if (output.json()) {
            JsonOutput.print(JsonOutput.plan(plan, common.messages()), out);
        } else {
            ProblemPrinter.print(plan.validation(), common.messages(), out, spec.commandLine().getErr());
            new ChangePrinter(common.messages(), out).printPlan(plan);
            printPrivacy(publisher.privacy(), common.messages(), out);
            if (plan.diff() != null) {
                new DiffPrinter(common.messages(), out).print(plan.diff(), false);
            }
            if (planFile != null) {
                out.println(common.messages().text("planfile.written", planFile));
            }
        }
        return plan.ok() ? ExitCodes.OK : ExitCodes.WORKBOOK_ERRORS;
    }

    /** What each layer of personal data publishes instead of the exact values. */
    private static void printPrivacy(PrivacyPlan privacy, Messages messages, PrintWriter out) {
        out.println(messages.text("plan.privacy"));
        for (PrivacyPlan.Layer layer : privacy.layers()) {
            if (layer.generalised() != null) {
                out.println("  " + messages.text("plan.generalise", layer.name(), Math.round(layer.generalised().radiusM()),
                        layer.generalised().seed()) + (privacy.hasKey() ? "" : messages.text("plan.noKey")));
            }
            layer.dropped().forEach(column -> out.println("  " + messages.text("plan.drop", layer.name(), column)));
        }
    }
}
