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

@Command(name = "portal", mixinStandardHelpOptions = true,
        description = "Write a self-contained map page (Leaflet bundled, no CDN) showing the published layer group over WMS,"
                + " with a legend, a report-date picker and popups; embed it in other sites with an iframe.")
final class PortalCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the page into (created if missing).")
    Path out;

    @Option(names = "--geoserver-url", paramLabel = "URL",
            description = "GeoServer's address as visitors' browsers reach it, e.g. https://maps.example.vn/geoserver,"
                    + " or /geoserver when the page is served by the same host (default: setting geoserver.url).")
    String publicUrl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = new Publisher(common.settings()).portal(publicUrl, this.out);
        out.println("Wrote " + files.size() + " files into " + this.out.toAbsolutePath() + ": " + files);
        out.println("Embed it with: <iframe src=\"https://YOUR-SITE/PATH/index.html\" width=\"100%\" height=\"600\""
                + " style=\"border:0\" title=\"Bản đồ dịch COVID-19\"></iframe>");
        return ExitCodes.OK;
    }
}
