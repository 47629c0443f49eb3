package vn.covidmaps.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import vn.covidmaps.TestDatabase;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.GeoServerOutcome;
import vn.covidmaps.engine.PublishResult;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.geoserver.GeoServerTransport;
import vn.covidmaps.postgis.Database;

/**
 * The two sample reports (01/06 and 08/06/2021) published the way `covidmaps publish` does it, into a
 * workspace and schema of the test's own on the real local GeoServer and PostGIS; removed by {@link #drop()}.
 * GEOSERVER_URL, GEOSERVER_USER, GEOSERVER_PASSWORD choose the GeoServer (default: the local one, admin/geoserver).
 */
public final class PublishedSample {
    public static final String GEOSERVER_URL = env("GEOSERVER_URL", "http://127.0.0.1:8080/geoserver");
    public static final Path SAMPLES = Path.of("publisher", "sample");

    public final String workspace;
    public final Settings settings;

    public PublishedSample(String workspace) {
        this.workspace = workspace;
        this.settings = TestDatabase.settings("it_" + workspace)
                .with(Setting.GEOSERVER_URL, GEOSERVER_URL)
                .with(Setting.GEOSERVER_USER, env("GEOSERVER_USER", "admin"))
                .with(Setting.GEOSERVER_PASSWORD, env("GEOSERVER_PASSWORD", "geoserver"))
                .with(Setting.GEOSERVER_WORKSPACE, workspace)
                .with(Setting.GEOSERVER_NAMESPACE_URI, "https://covidmaps.vn/" + workspace)
                .with(Setting.GEOSERVER_DATASTORE, workspace + "_postgis")
                .with(Setting.GEOSERVER_LAYER_GROUP, workspace)
                .with(Setting.GEOSERVER_DB_NAME, "covidmaps_test")
                .with(Setting.GEOSERVER_DB_PASSWORD, env("COVIDMAPS_GEOSERVER_DB_PASSWORD", "covidmaps-reader-local"))
                // no background seeding: the tests ask for the tiles they need, and the GeoServer is shared
                .with(Setting.TILES_SEED_MAX_TILES, "0");
    }

    /** Whether a GeoServer answers; when not, says so loudly. */
    public static boolean geoServerReachable(String tests) {
        String why;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(GEOSERVER_URL + "/wms?service=WMS&request=GetCapabilities"))
                    .timeout(Duration.ofSeconds(10)).build();
            int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return true;
            }
            why = "status " + status;
        } catch (IOException | InterruptedException e) {
            why = e.getClass().getSimpleName();
        }
        System.out.println("*** SKIPPED: " + tests + " — no GeoServer at " + GEOSERVER_URL + " (" + why + ") ***");
        return false;
    }

    public String wmsUrl() {
        return GEOSERVER_URL + "/" + workspace + "/wms";
    }

    public void publishBoth() throws SQLException {
        drop();
        publish("2021-06-01");
        publish("2021-06-08");
    }

    private void publish(String date) {
        Publisher publisher = new Publisher(settings);
        PublishResult result = publisher.publish(List.of(SAMPLES.resolve("bao-cao-" + date + ".xlsx")), LocalDate.parse(date), false, false);
        if (!(result instanceof PublishResult.Loaded)) {
            throw new IllegalStateException("sample report " + date + " was not loaded: " + result);
        }
        if (result.geoserver() instanceof GeoServerOutcome.Failed failed) {
            throw failed.failure();
        }
    }

    /** The longitude and latitude of the first row the query returns (it selects ST_X, ST_Y). */
    public double[] point(String query) throws SQLException {
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            if (!rows.next()) {
                throw new IllegalStateException("the sample has no row for: " + query);
            }
            return new double[] {rows.getDouble(1), rows.getDouble(2)};
        }
    }

    /** The single number the query returns. */
    public long count(String query) throws SQLException {
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public String schema() {
        return settings.require(Setting.DB_SCHEMA);
    }

    public void drop() throws SQLException {
        GeoServerTransport http = GeoServerTransport.from(settings);
        if (http.get("rest/workspaces/" + workspace + ".json").isPresent()) {
            http.delete("rest/workspaces/" + workspace + "?recurse=true");
        }
        TestDatabase.dropSchemas(settings);
    }

    public static boolean keep() {
        return System.getenv("COVIDMAPS_IT_KEEP") != null;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
