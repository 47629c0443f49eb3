package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.GeoServerOutcome;
import vn.covidmaps.engine.PublishResult;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.Reports;
import vn.covidmaps.postgis.Database;
import vn.covidmaps.postgis.ReportLog;

/**
 * Retracting the latest report on a real GeoServer: the previous date becomes the default TIME and
 * what WFS serves; a GeoServer failure during the retraction is caught up by running it again; and
 * publishing the date again converges to the state before. Own workspace (covidmaps_retract) and schema.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetractEndToEndIT {
    private static final String WS = "covidmaps_retract";
    private static final String SCHEMA = "it_retract_gs";
    private static final Path SAMPLES = Path.of("publisher", "sample");
    private static final LocalDate D1 = LocalDate.of(2021, 6, 1);
    private static final LocalDate D8 = LocalDate.of(2021, 6, 8);

    private Settings settings;
    private boolean reachable;

    @BeforeAll
    void prepare() throws Exception {
        reachable = TestGeoServer.reachable();
        if (!reachable) {
            return;
        }
        settings = TestGeoServer.settings(Path.of("styles"))
                .with(Setting.GEOSERVER_WORKSPACE, WS).with(Setting.GEOSERVER_LAYER_GROUP, WS)
                .with(Setting.GEOSERVER_NAMESPACE_URI, "https://covidmaps.vn/" + WS)
                .with(Setting.GEOSERVER_DATASTORE, WS + "_postgis")
                .with(Setting.DB_SCHEMA, SCHEMA).with(Setting.DB_META_SCHEMA, SCHEMA + "_meta");
        dropEverything();
    }

    @BeforeEach
    void requireGeoServer() {
        TestGeoServer.assumeReachable(reachable);
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (settings != null && System.getenv("COVIDMAPS_IT_KEEP") == null) {
            dropEverything();
        }
    }

    @Test
    void retractingTheLatestFallsBackToThePreviousDateAndConvergesAfterAFailure() throws Exception {
        publish(D1);
        publish(D8);
        assertEquals("2021-06-08", defaultTime("patient_homes"));

        // GeoServer refuses the refresh: PostGIS is retracted all the same, and the layers stay marked
        Settings wrongPassword = settings.with(Setting.GEOSERVER_PASSWORD, "not-the-password");
        Publisher publisher = new Publisher(settings);
        Reports.RetractResult failed = new Publisher(wrongPassword).retract(D8, true, false);
        assertTrue(failed.plan().hasData());
        assertTrue(failed.geoserver() instanceof GeoServerOutcome.Failed, "GeoServer refused that password: " + failed.geoserver());
        try (Connection db = new Database(settings).connect()) {
            assertEquals(7, new ReportLog(settings.get(Setting.DB_META_SCHEMA)).pending(db).size(), "every layer is left for the next run");
        }

        Reports.RetractResult again = publisher.retract(D8, true, false);
        assertFalse(again.plan().hasData(), "the date is already gone");
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

    private void publish(LocalDate date) {
        PublishResult result = new Publisher(settings).publish(List.of(SAMPLES.resolve("bao-cao-" + date + ".xlsx")), date, false, false);
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

    private void dropEverything() throws Exception {
        GeoServerTransport http = GeoServerTransport.from(settings);
        if (http.get("rest/workspaces/" + WS + ".json").isPresent()) {
            new WorkspaceClient(http).delete(WS);
        }
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
            sql.execute("drop schema if exists " + SCHEMA + "_meta cascade");
        }
    }
}
