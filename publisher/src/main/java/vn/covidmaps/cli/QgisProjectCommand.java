package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.qgis.QgisProject;

@Command(name = "qgis-project", mixinStandardHelpOptions = true,
        description = "Write a QGIS project (.qgs) of the published map: the WMS layers in their styles and the layer group,"
                + " the WFS layers of the latest report, and the temporal controller over the report dates.")
final class QgisProjectCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The project file to write, e.g. covidmaps.qgs.")
    Path out;

    @Option(names = "--geoserver-url", paramLabel = "URL",
            description = "GeoServer's address as the analysts reach it (default: setting geoserver.url).")
    String publicUrl;

    @Override
    public Integer call() {
        PrintWriter print = spec.commandLine().getOut();
        var settings = common.settings();
        List<String> dates = new QgisProject(settings, new Publisher(settings).catalog()).write(publicUrl, out);
        print.println("Wrote " + out.toAbsolutePath() + ": report dates " + String.join(", ", dates)
                + ". Open it in QGIS and use View › Panels › Temporal Controller to step through them.");
        return ExitCodes.OK;
    }
}
