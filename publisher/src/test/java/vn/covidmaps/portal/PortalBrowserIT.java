package vn.covidmaps.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The page `covidmaps portal` writes, in headless Debian chromium (driven by playwright-core from
 * publisher/portal, see publisher/portal/test/portal.browser.mjs) against the real local GeoServer with the
 * two sample reports published. The page is served with GeoServer behind the same host (/geoserver) and
 * embedded in an iframe of a page from another origin. Screenshots: publisher/target/test-artifacts/portal-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserIT {
    private static final String CHECKPOINT = "Chốt phong tỏa thôn Phổng, xã Vân Nham";
    private static final Path SCRIPT = Path.of("publisher", "portal", "test", "portal.browser.mjs");
    private static final Path PLAYWRIGHT = Path.of("publisher", "portal", "node_modules", "playwright-core");
    private static final Path ARTIFACTS = Path.of("publisher", "target", "test-artifacts");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

    private final PublishedSample sample = new PublishedSample("covidmaps_portal_it");
    private boolean ready;

    @BeforeAll
    void publishTheSample() throws Exception {
        ready = PublishedSample.geoServerReachable("PortalBrowserIT") && browserToolsPresent();
        if (ready) {
            sample.publishBoth();
        }
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (ready && !PublishedSample.keep()) {
            sample.drop();
        }
    }

    @Test
    void thePageShowsTheMapItsPopupsAndTravelsInTime() throws Exception {
        assumeTrue(ready, "GeoServer, chromium, node or playwright-core missing");
        double[] checkpoint = sample.point("select ST_X(geom), ST_Y(geom) from " + sample.schema()
                + ".checkpoints where report_date = '2021-06-08' and checkpoint_name = '" + CHECKPOINT + "'");
        double[] absentBefore = sample.point("select count(*), 0 from " + sample.schema()
                + ".checkpoints where report_date = '2021-06-01' and checkpoint_name = '" + CHECKPOINT + "'");
        assertEquals(0, absentBefore[0], "the sample's 01/06 report must not have the checkpoint");

        Path site = Path.of("publisher", "target", "portal-it");
        List<Path> written = new MapPortal(sample.settings, new vn.covidmaps.engine.Publisher(sample.settings).catalog())
                .write("/geoserver", site);
        assertTrue(written.contains(Path.of("vendor", "leaflet", "leaflet.js")), written.toString());
        Path host = Files.createDirectories(Path.of("publisher", "target", "portal-it-host"));
        try (PortalServer portal = new PortalServer(site, PublishedSample.GEOSERVER_URL);
                PortalServer embedding = new PortalServer(host, null)) {
            // another origin: localhost instead of 127.0.0.1
            Files.writeString(host.resolve("index.html"), """
                    <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang của Sở Y tế</title></head>
                    <body style="margin:8px;font-family:sans-serif"><p>Trang nhúng bản đồ</p>
                    <iframe id="covidmaps" src="http://127.0.0.1:%d/index.html" width="1000" height="640" style="border:0"
                      title="Bản đồ dịch COVID-19"></iframe></body></html>
                    """.formatted(portal.port()), StandardCharsets.UTF_8);
            List<String> output = runNode(List.of(
                    "HOST_URL=http://localhost:" + embedding.port() + "/index.html",
                    "CHECKPOINT_NAME=" + CHECKPOINT, "CHECKPOINT_LON=" + checkpoint[0], "CHECKPOINT_LAT=" + checkpoint[1],
                    "EARLIER_DATE=2021-06-01", "LATEST_DATE=2021-06-08",
                    "ARTIFACTS=" + ARTIFACTS.toAbsolutePath(), "CHROMIUM=" + CHROMIUM));
            assertTrue(output.stream().anyMatch(l -> l.startsWith("portal browser checks: all")), String.join("\n", output));
        }
        for (String shot : List.of("portal-loaded.png", "portal-popup-latest.png", "portal-popup-earlier.png")) {
            assertTrue(Files.size(ARTIFACTS.resolve(shot)) > 10_000, shot);
        }
    }

    private static List<String> runNode(List<String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("node", SCRIPT.toString()).redirectErrorStream(true);
        for (String pair : environment) {
            int equals = pair.indexOf('=');
            builder.environment().put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        Process node = builder.start();
        List<String> lines = new ArrayList<>();
        try (var reader = node.inputReader(StandardCharsets.UTF_8)) {
            reader.lines().forEach(line -> {
                System.out.println("  browser: " + line);
                lines.add(line);
            });
        }
        if (!node.waitFor(180, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            throw new AssertionError("the browser test did not finish in 180 s");
        }
        assertEquals(0, node.exitValue(), () -> "the browser test failed:\n" + String.join("\n", lines));
        return lines;
    }

    private static boolean browserToolsPresent() {
        String missing = !Files.isExecutable(Path.of(CHROMIUM)) ? CHROMIUM + " (apt-get install chromium)"
                : !Files.isDirectory(PLAYWRIGHT) ? PLAYWRIGHT + " (cd publisher/portal && npm ci)"
                : !nodeRuns() ? "node" : null;
        if (missing != null) {
            System.out.println("*** SKIPPED: PortalBrowserIT — " + missing + " is missing ***");
        }
        return missing == null;
    }

    private static boolean nodeRuns() {
        try {
            return new ProcessBuilder("node", "--version").redirectErrorStream(true).start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
