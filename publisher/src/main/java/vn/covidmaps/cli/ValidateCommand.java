package vn.covidmaps.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.ValidationReport;

@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ReportOptions report;
    @Option(names = "--annotate", paramLabel = "OUT.xlsx")
    Path annotate;
    @Mixin
    OutputFormat output;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Publisher publisher = new Publisher(common.settings());
        ValidationReport result = publisher.validate(report.inputs(spec), report.reportDate());
        int marked = annotate == null ? 0 : publisher.annotate(report.inputs(spec), result, annotate, common.messages());
        if (output.json()) {
            ObjectNode document = JsonOutput.document("validate");
            document.set("validation", JsonOutput.validation(result, common.messages()));
            if (annotate != null) {
                document.put("annotated", annotate.toAbsolutePath().toString());
            }
            JsonOutput.print(document, spec.commandLine().getOut());
        } else {
            ProblemPrinter.print(result, common.messages(), spec.commandLine().getOut(), spec.commandLine().getErr());
            if (annotate != null) {
                spec.commandLine().getOut().println(common.messages().text("annotate.written", annotate, marked));
            }
        }
        return result.ok() ? ExitCodes.OK : ExitCodes.WORKBOOK_ERRORS;
    }
}
