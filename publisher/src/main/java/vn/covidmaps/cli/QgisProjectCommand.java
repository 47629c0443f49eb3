package vn.covidmaps.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.engine.Publisher;

@Command(name = "qgis-project", mixinStandardHelpOptions = true)
final class QgisProjectCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--geoserver-url", paramLabel = "URL")
    String publicUrl;

    @Override
    public Integer call() {
        List<String> dates = new Publisher(common.settings()).qgisProject(publicUrl, out);
        spec.commandLine().getOut().println(common.messages().text("qgis.wrote", out.toAbsolutePath(), String.join(", ", dates)));
        return ExitCodes.OK;
    }
}
