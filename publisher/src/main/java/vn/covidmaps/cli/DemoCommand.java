package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.config.Messages;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.MapPublication;
import vn.covidmaps.engine.PublishReport;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.portal.MapPortal;
import vn.covidmaps.portal.PortalServer;

/**
 * The main job in one command: publishes both sample reports (to GeoServer too when one answers), writes the
 * map page and serves it with GeoServer behind /geoserver. `./covidmaps demo` prepares PostGIS and starts the
 * local GeoServer before it runs this.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Publish the two sample reports, write the map page and serve it on http://127.0.0.1:8000"
                + " (./covidmaps demo also prepares PostGIS and starts a local GeoServer first).")
final class DemoCommand implements Callable<Integer> {
    private static final Path SAMPLES = Path.of("publisher", "sample");
    private static final List<String> DATES = List.of("2021-06-01", "2021-06-08");

    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8000", description = "Port of 127.0.0.1 to serve the page on (default: 8000).")
    int port;

    @Option(names = "--out", defaultValue = "publisher/target/demo-portal", paramLabel = "DIR",
            description = "Directory to write the page into (default: publisher/target/demo-portal).")
    Path out;

    @Option(names = "--no-serve", description = "Publish and write the page, but do not serve it.")
    boolean noServe;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = common.settings();
        String geoserver = settings.require(Setting.GEOSERVER_URL);
        boolean withGeoServer = answers(geoserver);
        if (!withGeoServer) {
            out.println(Messages.get("demo.noGeoServer", geoserver));
        }
        Publisher publisher = new Publisher(settings);
        for (String date : DATES) {
            Path report = SAMPLES.resolve("bao-cao-" + date + ".xlsx");
            PublishReport loaded = publisher.publish(List.of(report), LocalDate.parse(date), false);
            if (loaded.validation() != null && !loaded.validation().ok()) {
                spec.commandLine().getErr().println(Messages.get("print.nothingPublished"));
                return ExitCodes.WORKBOOK_ERRORS;
            }
            if (withGeoServer) {
                new MapPublication(settings, publisher.catalog()).apply(loaded.loaded().keySet(), LocalDate.parse(date));
            }
            out.println(Messages.get("demo.published", report, withGeoServer ? "PostGIS + GeoServer" : "PostGIS"));
        }
        if (!withGeoServer) {
            return ExitCodes.OK;
        }
        List<Path> files = new MapPortal(settings, publisher.catalog()).write("/geoserver", this.out);
        out.println(Messages.get("demo.pageWritten", files.size(), this.out.toAbsolutePath()));
        if (noServe) {
            return ExitCodes.OK;
        }
        try (PortalServer server = new PortalServer(this.out, trim(geoserver), port)) {
            out.println(Messages.get("demo.serving", "http://127.0.0.1:" + server.port() + "/"));
            out.flush();
            new CountDownLatch(1).await(); // until Ctrl-C
        }
        return ExitCodes.OK;
    }

    private static boolean answers(String geoserver) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(trim(geoserver) + "/wms?service=WMS&request=GetCapabilities"))
                    .timeout(Duration.ofSeconds(10)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
