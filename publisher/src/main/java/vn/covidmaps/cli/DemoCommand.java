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
import vn.covidmaps.engine.PublishResult;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.ServedPortal;

/**
 * The main job in one command: publishes both sample reports (to GeoServer too when one answers), writes the
 * map page and serves it with GeoServer behind /geoserver. `./covidmaps demo` prepares PostGIS and starts the
 * local GeoServer before it runs this.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
    private static final Path SAMPLES = Path.of("publisher", "sample");
    private static final List<String> DATES = List.of("2021-06-01", "2021-06-08");

    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8000")
    int port;

    @Option(names = "--out", defaultValue = "publisher/target/demo-portal", paramLabel = "DIR")
    Path out;

    @Option(names = "--no-serve")
    boolean noServe;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = common.messages();
        Settings settings = common.settings();
        String geoserver = settings.require(Setting.GEOSERVER_URL);
        boolean withGeoServer = answers(geoserver);
        if (!withGeoServer) {
            out.println(messages.text("demo.noGeoServer", geoserver));
        }
        Publisher publisher = new Publisher(settings);
        for (String date : DATES) {
            Path report = SAMPLES.resolve("bao-cao-" + date + ".xlsx");
            PublishResult result = publisher.publish(List.of(report), LocalDate.parse(date), false, !withGeoServer);
            if (result instanceof PublishResult.Rejected rejected) {
                ProblemPrinter.print(rejected.validation(), messages, out, err);
                err.println(messages.text("print.nothingPublished"));
                return ExitCodes.WORKBOOK_ERRORS;
            }
            int exit = FailureHandler.geoServerBehind(result.geoserver(), "publish.geoserverBehind", messages, err, common.debug);
            if (exit != ExitCodes.OK) {
                return exit;
            }
            out.println(messages.text("demo.published", report, withGeoServer ? "PostGIS + GeoServer" : "PostGIS"));
        }
        if (!withGeoServer) {
            return ExitCodes.OK;
        }
        List<Path> files = publisher.portal("/geoserver", this.out);
        out.println(messages.text("demo.pageWritten", files.size(), this.out.toAbsolutePath()));
        if (noServe) {
            return ExitCodes.OK;
        }
        try (ServedPortal served = publisher.servePortal(this.out, port)) {
            out.println(messages.text("demo.serving", served.address()));
            out.flush();
            new CountDownLatch(1).await(); // until Ctrl-C
        }
        return ExitCodes.OK;
    }

    /** Whether GeoServer answers a WMS GetCapabilities: without one, demo still publishes to PostGIS. */
    private static boolean answers(String geoserver) {
        String base = geoserver.endsWith("/") ? geoserver.substring(0, geoserver.length() - 1) : geoserver;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/wms?service=WMS&request=GetCapabilities"))
                    .timeout(Duration.ofSeconds(10)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
