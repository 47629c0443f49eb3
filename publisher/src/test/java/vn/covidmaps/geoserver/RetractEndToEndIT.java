package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.GeoServerOutcome;
import vn.covidmaps.engine.PublishResult;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.RemovalResult;
import vn.covidmaps.postgis.Database;
import vn.covidmaps.postgis.ReportLog;

/**
 * Retracting the latest report on a real GeoServer: the previous date becomes the default TIME and
 * what WFS serves; a GeoServer failure during the retraction is caught up by running it again; and
 * publishing the date again converges to the state before. A retraction deletes only that date's cached
 * tiles (and the default's when the latest date moves): another date's tiles are still served from the
 * cache. Own workspace (covidmaps_retract) and schema.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetractEndToEndIT {
    private static final String WS = "covidmaps_retract";
    private static final String SCHEMA = "it_retract_gs";
    private static final Path SAMPLES = Path.of("publisher", "sample");
    private static final LocalDate D1 = LocalDate.of(2021, 6, 1);
    private static final LocalDate D8 = LocalDate.of(2021, 6, 8);
    /** The report of the 8th published again as the 15th: a third date, so that one is left whatever goes. */
    private static final LocalDate D15 = LocalDate.of(2021, 6, 15);
    /** A tile over the city of Lạng Sơn, where the sample's cases live, at a zoom GeoWebCache caches. */
    private static final int Z = 12;
    private static final long COL = TileSeeding.column(106.76, Z);
    private static final long ROW = TileSeeding.row(21.85, Z);

    private Settings settings;
    private boolean reachable;

    @BeforeAll
    void prepare() throws Exception {
        reachable = TestGeoServer.reachable();
        if (!reachable) {
            return;
        }
        settings = TestGeoServer.settings(Path.of("styles"), WS, SCHEMA)
                // no seeding: the cache holds only the tiles the test asks for, so HIT and MISS say what a retract deleted
                .with(Setting.TILES_SEED_MAX_TILES, "0");
        TestGeoServer.dropEverything(settings);
    }

    @BeforeEach
    void requireGeoServer() {
        TestGeoServer.assumeReachable(reachable);
    }

    @AfterAll
    void cleanUp() throws Exception {
        TestGeoServer.cleanUp(settings);
    }

    @Test
    @Order(1)
    void retractingTheLatestFallsBackToThePreviousDateAndConvergesAfterAFailure() throws Exception {
        publish(D1);
        publish(D8);
        assertEquals("2021-06-08", defaultTime("patient_homes"));

        // GeoServer refuses the refresh: PostGIS is retracted all the same, and the layers stay marked
        Settings wrongPassword = settings.with(Setting.GEOSERVER_PASSWORD, "not-the-password");
        Publisher publisher = new Publisher(settings);
        RemovalResult failed = new Publisher(wrongPassword).retract(D8, true, false);
        assertTrue(failed.removed().any());
        assertTrue(failed.geoserver() instanceof GeoServerOutcome.Failed, "GeoServer refused that password: " + failed.geoserver());
        try (Connection db = new Database(settings).connect()) {
            assertEquals(7, new ReportLog(settings.get(Setting.DB_META_SCHEMA)).pending(db).size(), "every layer is left for the next run");
        }

        RemovalResult again = publisher.retract(D8, true, false);
        assertFalse(again.removed().any(), "the date is already gone");
        GeoServerOutcome.Applied caughtUp = assertInstanceOf(GeoServerOutcome.Applied.class, again.geoserver(), "the second run catches GeoServer up");
        for (var layer : publisher.catalog().layers()) {
            assertTrue(caughtUp.tilesTruncated().contains(WS + ":" + layer.name()), "the tiles of every layer: " + caughtUp.tilesTruncated());
        }
        try (Connection db = new Database(settings).connect()) {
            assertEquals(List.of(), List.copyOf(new ReportLog(settings.get(Setting.DB_META_SCHEMA)).pending(db)));
        }
        assertEquals("2021-06-01", defaultTime("patient_homes"), "the previous report is the map's default");
        assertFalse(timeValues("patient_homes").contains("2021-06-08"), timeValues("patient_homes"));
        Ows.getFeature(WS, WS + ":patient_homes_latest").path("features")
                .forEach(f -> assertEquals("2021-06-01T00:00:00Z", f.path("properties").path("report_date").asText()));

        publish(D8);
        assertEquals("2021-06-08", defaultTime("patient_homes"), "publishing the date again brings it back");
        assertTrue(GeoServerPublisher.from(settings, publisher.catalog()).plan().isUnchanged(), "and GeoServer is as it was");
    }

    @Test
    @Order(2)
    void aRetractionDeletesOnlyThatDatesTilesAndTheDefaultsWhenTheLatestMoves() throws Exception {
        publish(D15, D8);
        Publisher publisher = new Publisher(settings);
        for (String time : new String[] {"2021-06-01", "2021-06-08", null}) {
            cache("patient_homes", time);
        }
        cache(WS, "2021-06-01");

        // an older date: its tiles go, the others' stay, the default (the 15th) included
        GeoServerOutcome.Applied middle = assertInstanceOf(GeoServerOutcome.Applied.class, publisher.retract(D8, true, false).geoserver());
        System.out.println("  retract 08/06: truncated " + middle.tilesTruncated());
        assertTrue(middle.tilesTruncated().containsAll(List.of(WS + ":patient_homes 2021-06-08", WS + ":" + WS + " 2021-06-08")),
                middle.tilesTruncated().toString());
        assertTrue(middle.tilesTruncated().stream().allMatch(t -> t.endsWith(" 2021-06-08")), "no layer loses every tile: " + middle.tilesTruncated());
        assertEquals("HIT", cacheResult(tile("patient_homes", "2021-06-01")), "another date's tile is still cached");
        assertEquals("HIT", cacheResult(tile(WS, "2021-06-01")), "and the group's");
        assertEquals("HIT", cacheResult(tile("patient_homes", null)), "the latest report did not change: its tiles stay");
        assertTrue(tile("patient_homes", "2021-06-08").statusCode() >= 400, "the retracted date is no TIME value any more");

        // the latest date: its tiles, which are the default's, go, and the map falls back to the previous date
        publish(D8, D8);
        cache("patient_homes", "2021-06-08");
        cache("patient_homes", null);
        GeoServerOutcome.Applied latest = assertInstanceOf(GeoServerOutcome.Applied.class, publisher.retract(D15, true, false).geoserver());
        System.out.println("  retract 15/06: truncated " + latest.tilesTruncated());
        assertTrue(latest.tilesTruncated().stream().allMatch(t -> t.endsWith(" 2021-06-15")), latest.tilesTruncated().toString());
        assertEquals("2021-06-08", defaultTime("patient_homes"));
        assertEquals("MISS", cacheResult(tile("patient_homes", null)), "the default's tiles showed the retracted report");
        assertEquals("HIT", cacheResult(tile("patient_homes", "2021-06-01")), "an older date's tile is still cached");
        assertEquals("HIT", cacheResult(tile(WS, "2021-06-01")), "and the group's");
        assertTrue(GeoServerPublisher.from(settings, publisher.catalog()).plan().isUnchanged(), "GeoServer is in line");
    }

    /** Asks for the tile until GeoWebCache serves it from its cache. */
    private void cache(String layer, String time) throws Exception {
        assertEquals(200, tile(layer, time).statusCode());
        assertEquals("HIT", cacheResult(tile(layer, time)), layer + " " + time);
    }

    /** The tile of the layer (or group) as the map page asks for it: GeoWebCache's WMTS, TIME as yyyy-MM-dd. */
    private static HttpResponse<byte[]> tile(String layer, String time) throws Exception {
        return Ows.get(TestGeoServer.URL + "/gwc/service/wmts?service=WMTS&request=GetTile&version=1.0.0&layer=" + WS + ":" + layer
                + "&style=&tilematrixset=EPSG:900913&tilematrix=EPSG:900913:" + Z + "&tilerow=" + ROW + "&tilecol=" + COL
                + "&format=image/png" + (time == null ? "" : "&time=" + time));
    }

    private static String cacheResult(HttpResponse<byte[]> response) {
        return response.headers().firstValue("geowebcache-cache-result").orElse("none");
    }

    private void publish(LocalDate date) {
        publish(date, date);
    }

    /** Publishes the sample report of {@code sample} as the report of {@code date}. */
    private void publish(LocalDate date, LocalDate sample) {
        PublishResult result = new Publisher(settings).publish(List.of(SAMPLES.resolve("bao-cao-" + sample + ".xlsx")), date, false, false);
        assertInstanceOf(PublishResult.Loaded.class, result, "report " + date + " was not loaded");
        assertInstanceOf(GeoServerOutcome.Applied.class, result.geoserver());
    }

    /** The layer's WMS 1.3.0 capabilities: its TIME dimension's default value, as a date. */
    private String defaultTime(String layer) throws Exception {
        Matcher m = Pattern.compile("<Dimension[^>]*name=\"time\"[^>]*default=\"([0-9-]{10})").matcher(capabilities(layer));
        assertTrue(m.find(), "no TIME dimension in " + layer + "'s capabilities");
        return m.group(1);
    }

    private String timeValues(String layer) throws Exception {
        Matcher m = Pattern.compile("<Dimension[^>]*name=\"time\"[^>]*>([^<]*)</Dimension>").matcher(capabilities(layer));
        assertTrue(m.find());
        return m.group(1);
    }

    private String capabilities(String layer) throws Exception {
        HttpResponse<byte[]> response = Ows.get(TestGeoServer.URL + "/" + WS + "/" + layer
                + "/wms?service=WMS&version=1.3.0&request=GetCapabilities");
        assertEquals(200, response.statusCode());
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
