package vn.covidmaps.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.postgis.Database;

/**
 * The page `covidmaps portal` writes, in headless Debian chromium (driven by playwright-core from
 * publisher/portal, see publisher/portal/test/portal.browser.mjs) against the real local GeoServer with the
 * two sample reports published. The page is served with GeoServer behind the same host (/geoserver). What the
 * page must show is counted here in PostGIS, with SQL of its own, and handed to the browser test as EXPECTED.
 * Screenshots: publisher/target/test-artifacts/portal-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserIT {
    private static final String LATEST = "2021-06-08";
    private static final String PREVIOUS = "2021-06-01";
    private static final String CHECKPOINT = "Chốt phong tỏa thôn Phổng, xã Vân Nham";
    private static final String MARKET = "Chợ Đông Kinh";
    private static final Path SCRIPT = Path.of("publisher", "portal", "test", "portal.browser.mjs");
    private static final Path PLAYWRIGHT = Path.of("publisher", "portal", "node_modules", "playwright-core");
    private static final Path ARTIFACTS = Path.of("publisher", "target", "test-artifacts");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

    private final PublishedSample sample = new PublishedSample("covidmaps_portal_it");
    private final Path site = Path.of("publisher", "target", "portal-it");
    private boolean ready;

    @BeforeAll
    void publishTheSampleAndWriteThePage() throws Exception {
        ready = PublishedSample.geoServerReachable("PortalBrowserIT") && browserToolsPresent();
        if (ready) {
            sample.publishBoth();
            List<Path> written = new MapPortal(sample.settings, new Publisher(sample.settings).catalog()).write("/geoserver", site);
            assertTrue(written.contains(Path.of("data", LATEST + ".json")), written.toString());
        }
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (ready && !PublishedSample.keep()) {
            sample.drop();
        }
    }

    @Test
    void onAPhoneTheListsNearMeAndSummaryMatchPostgis() throws Exception {
        assumeTrue(ready, "GeoServer, chromium, node or playwright-core missing");
        ObjectNode expected = expected();
        try (PortalServer portal = new PortalServer(site, PublishedSample.GEOSERVER_URL)) {
            runNode("phone", "http://127.0.0.1:" + portal.port() + "/index.html", expected);
        }
        for (String shot : List.of("portal-phone-390x844.png", "portal-phone-sheet-390x844.png", "portal-phone-place-popup.png",
                "portal-phone-near-me.png", "portal-phone-summary.png")) {
            assertTrue(Files.size(ARTIFACTS.resolve(shot)) > 10_000, shot);
        }
    }

    @Test
    void embeddedItFollowsNewReportsShowsPopupsAndCachedTilesOfEachDate() throws Exception {
        assumeTrue(ready, "GeoServer, chromium, node or playwright-core missing");
        ObjectNode expected = expected();
        double[] checkpoint = sample.point("select ST_X(geom), ST_Y(geom) from " + sample.schema()
                + ".checkpoints where report_date = '" + LATEST + "' and checkpoint_name = '" + CHECKPOINT + "'");
        assertEquals(0, sample.point("select count(*), 0 from " + sample.schema() + ".checkpoints where report_date = '"
                + PREVIOUS + "' and checkpoint_name = '" + CHECKPOINT + "'")[0], "the sample's 01/06 report must not have the checkpoint");
        expected.putObject("checkpoint").put("name", CHECKPOINT).put("lon", checkpoint[0]).put("lat", checkpoint[1]);
        Path host = Files.createDirectories(Path.of("publisher", "target", "portal-it-host"));
        try (PortalServer portal = new PortalServer(site, PublishedSample.GEOSERVER_URL); PortalServer embedding = new PortalServer(host, null)) {
            // another origin: localhost instead of 127.0.0.1
            Files.writeString(host.resolve("index.html"), """
                    <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang của Sở Y tế</title></head>
                    <body style="margin:8px;font-family:sans-serif"><p>Trang nhúng bản đồ</p>
                    <iframe id="covidmaps" src="http://127.0.0.1:%d/index.html" width="1240" height="720" style="border:0"
                      title="Bản đồ dịch COVID-19"></iframe></body></html>
                    """.formatted(portal.port()), StandardCharsets.UTF_8);
            runNode("embedded", "http://localhost:" + embedding.port() + "/index.html", expected);
        }
        for (String shot : List.of("portal-desktop-1280x800.png", "portal-desktop-popup-latest.png", "portal-desktop-popup-earlier.png")) {
            assertTrue(Files.size(ARTIFACTS.resolve(shot)) > 10_000, shot);
        }
    }

    /** What the page must show for the latest report, counted in PostGIS. */
    private ObjectNode expected() throws SQLException {
        String s = sample.schema();
        ObjectNode expected = new ObjectMapper().createObjectNode();
        expected.put("latest", LATEST).put("previous", PREVIOUS).put("group", sample.workspace);
        try (Connection db = new Database(sample.settings).connect()) {
            expected.put("places", number(db, "select count(distinct (place_name, coalesce(address, ''))) from " + s
                    + ".visited_recent where report_date = ?::date", LATEST));
            expected.put("lastDay", text(db, "select max(coalesce(visited_to, visited_from))::text from " + s
                    + ".visited_recent where report_date = ?::date", LATEST));
            expected.set("newPlaces", texts(db, "select distinct place_name from " + s + ".visited_recent v where report_date = ?::date"
                    + " and (place_name, coalesce(address, '')) not in (select place_name, coalesce(address, '') from " + s
                    + ".visited_recent where report_date = ?::date) order by 1", LATEST, PREVIOUS));
            expected.set("newZones", texts(db, "select zone_name from " + s + ".isolation_zones where report_date = ?::date"
                    + " and active_from <= report_date and coalesce(active_to, report_date) >= report_date"
                    + " and zone_name not in (select zone_name from " + s + ".isolation_zones where report_date = ?::date) order by 1",
                    LATEST, PREVIOUS));
            ObjectNode summary = expected.putObject("summary");
            summary.put("cases", number(db, "select count(*) from " + s + ".patient_homes where report_date = ?::date", LATEST));
            summary.put("newCases", number(db, "select count(*) from " + s + ".patient_homes where report_date = ?::date and case_code not in"
                    + " (select case_code from " + s + ".patient_homes where report_date = ?::date)", LATEST, PREVIOUS));
            summary.put("activeZones", number(db, "select count(*) from " + s + ".isolation_zones where report_date = ?::date"
                    + " and active_from <= report_date and coalesce(active_to, report_date) >= report_date", LATEST));
            String facilities = " from " + s + ".quarantine_facilities where report_date = ?::date";
            summary.put("facilities", number(db, "select count(*)" + facilities, LATEST));
            summary.put("inQuarantine", number(db, "select sum(in_quarantine)" + facilities, LATEST));
            summary.put("capacity", number(db, "select sum(capacity)" + facilities, LATEST));
            summary.put("riskLevels", text(db, "select string_agg(risk_level || ':' || n, ',' order by risk_level) from (select risk_level,"
                    + " count(*) as n from " + s + ".risk_areas where report_date = ?::date and unit_level = 'huyện' group by 1) levels", LATEST));
            expected.set("near", near(db, s));
        }
        assertTrue(expected.path("newPlaces").size() > 0 && expected.path("newZones").size() > 0, "the sample has new places and zones: " + expected);
        return expected;
    }

    /** A position 222 m north of the market, and the places PostGIS finds within 1 km of it (geodesic distance). */
    private ObjectNode near(Connection db, String s) throws SQLException {
        double[] market = sample.point("select ST_X(geom), ST_Y(geom) from " + s + ".visited_recent where report_date = '"
                + LATEST + "' and place_name = '" + MARKET + "' limit 1");
        double lat = market[1] + 0.002;
        double lon = market[0];
        String distances = "select place_name, address, min(ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(" + lon + ", " + lat
                + "), 4326)::geography)) as metres from " + s + ".visited_recent where report_date = ?::date group by 1, 2";
        ObjectNode near = new ObjectMapper().createObjectNode().put("lat", lat).put("lon", lon).put("metres", 1000);
        near.put("count", number(db, "select count(*) from (" + distances + ") d where metres <= 1000", LATEST));
        near.put("nearestMetres", number(db, "select round(min(metres)) from (" + distances + ") d", LATEST));
        assertTrue(near.path("count").asInt() >= 2, "several places lie near the market: " + near);
        return near;
    }

    private static int number(Connection db, String sql, String... dates) throws SQLException {
        return Integer.parseInt(text(db, sql, dates));
    }

    private static String text(Connection db, String sql, String... dates) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < dates.length; i++) {
                query.setString(i + 1, dates[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static ArrayNode texts(Connection db, String sql, String... dates) throws SQLException {
        ArrayNode values = new ObjectMapper().createArrayNode();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < dates.length; i++) {
                query.setString(i + 1, dates[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private static void runNode(String scenario, String pageUrl, ObjectNode expected) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("node", SCRIPT.toString()).redirectErrorStream(true);
        builder.environment().put("SCENARIO", scenario);
        builder.environment().put("PAGE_URL", pageUrl);
        builder.environment().put("EXPECTED", expected.toString());
        builder.environment().put("ARTIFACTS", ARTIFACTS.toAbsolutePath().toString());
        builder.environment().put("CHROMIUM", CHROMIUM);
        Process node = builder.start();
        List<String> lines = new ArrayList<>();
        try (var reader = node.inputReader(StandardCharsets.UTF_8)) {
            reader.lines().forEach(line -> {
                System.out.println("  browser " + scenario + ": " + line);
                lines.add(line);
            });
        }
        if (!node.waitFor(180, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            throw new AssertionError("the browser test did not finish in 180 s");
        }
        assertEquals(0, node.exitValue(), () -> "the browser test failed:\n" + String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("portal browser checks: all")), String.join("\n", lines));
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
