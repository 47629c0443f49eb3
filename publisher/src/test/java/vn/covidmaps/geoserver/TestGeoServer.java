package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;

/**
 * The real GeoServer and PostGIS the integration tests use: their own workspace, group, datastore and
 * schema, so that they never touch what a real publish created. GEOSERVER_URL, GEOSERVER_USER and
 * GEOSERVER_PASSWORD (defaults: the local GeoServer, admin/geoserver) choose the GeoServer.
 */
final class TestGeoServer {
    static final String URL = env("GEOSERVER_URL", "http://127.0.0.1:8080/geoserver");
    static final String WORKSPACE = "covidmaps_it";
    static final String SCHEMA = "it_geoserver";
    static final String META_SCHEMA = "it_geoserver_meta";
    static final String DB_URL = env("COVIDMAPS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/covidmaps_test");

    private TestGeoServer() {
    }

    /** Whether a GeoServer answers; when not, says so loudly (the tests then skip themselves). */
    static boolean reachable() {
        boolean up;
        String why;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(URL + "/rest/about/version.json"))
                    .timeout(Duration.ofSeconds(5)).header("Authorization", basic()).build();
            int status = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            up = status == 200;
            why = "status " + status;
        } catch (IOException | InterruptedException e) {
            up = false;
            why = e.getClass().getSimpleName();
        }
        if (!up) {
            System.out.println("*** SKIPPED: GeoServer integration tests — no GeoServer at " + URL + " (" + why + ") ***");
        }
        return up;
    }

    static void assumeReachable(boolean reachable) {
        assumeTrue(reachable, "no GeoServer at " + URL);
    }

    static Settings settings(Path stylesDir) {
        return settings(stylesDir, WORKSPACE, SCHEMA, META_SCHEMA);
    }

    /** Settings for a test class with a workspace, group, datastore and schemas of its own. */
    static Settings settings(Path stylesDir, String workspace, String schema, String metaSchema) {
        return Settings.load(null, Map.of())
                .with(Setting.GEOSERVER_URL, URL)
                .with(Setting.GEOSERVER_USER, env("GEOSERVER_USER", "admin"))
                .with(Setting.GEOSERVER_PASSWORD, env("GEOSERVER_PASSWORD", "geoserver"))
                .with(Setting.GEOSERVER_WORKSPACE, workspace)
                .with(Setting.GEOSERVER_NAMESPACE_URI, "https://covidmaps.vn/" + workspace)
                .with(Setting.GEOSERVER_DATASTORE, workspace + "_postgis")
                .with(Setting.GEOSERVER_LAYER_GROUP, workspace)
                .with(Setting.GEOSERVER_DB_NAME, "covidmaps_test")
                .with(Setting.GEOSERVER_DB_PASSWORD, env("COVIDMAPS_GEOSERVER_DB_PASSWORD", "covidmaps-reader-local"))
                .with(Setting.DB_URL, DB_URL)
                .with(Setting.DB_PASSWORD, env("COVIDMAPS_DB_PASSWORD", "covidmaps-local"))
                .with(Setting.DB_SCHEMA, schema)
                .with(Setting.DB_META_SCHEMA, metaSchema)
                .with(Setting.STYLES_DIR, stylesDir.toString())
                .with(Setting.PRIVACY_KEY, vn.covidmaps.TestDatabase.TEST_PRIVACY_KEY);
    }

    /** The same, with the bookkeeping schema {@code schema + "_meta"}. */
    static Settings settings(Path stylesDir, String workspace, String schema) {
        return settings(stylesDir, workspace, schema, schema + "_meta");
    }

    /** Deletes the test's workspace, if GeoServer has it, and drops its schemas: where a test class starts from. */
    static void dropEverything(Settings settings) throws SQLException {
        GeoServerTransport http = GeoServerTransport.from(settings);
        String workspace = settings.require(Setting.GEOSERVER_WORKSPACE);
        if (http.get("rest/workspaces/" + workspace + ".json").isPresent()) {
            new WorkspaceClient(http).delete(workspace);
        }
        vn.covidmaps.TestDatabase.dropSchemas(settings);
    }

    /** {@link #dropEverything} at the end of a test class, unless COVIDMAPS_IT_KEEP is set (to look at what it made). */
    static void cleanUp(Settings settings) throws SQLException {
        if (settings != null && System.getenv("COVIDMAPS_IT_KEEP") == null) {
            dropEverything(settings);
        }
    }

    static Connection connect(Settings settings) throws SQLException {
        return DriverManager.getConnection(settings.require(Setting.DB_URL), settings.require(Setting.DB_USER),
                settings.require(Setting.DB_PASSWORD));
    }

    /** Drops and recreates the schema with one empty table per layer, as the PostGIS contract says. */
    static void createTables(Connection connection, LayerCatalog catalog) throws SQLException {
        createTables(connection, catalog, SCHEMA, META_SCHEMA);
    }

    static void createTables(Connection connection, LayerCatalog catalog, String schema, String metaSchema) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists " + schema + " cascade");
            sql.execute("drop schema if exists " + metaSchema + " cascade");
            sql.execute("create schema " + schema);
            sql.execute("create schema " + metaSchema);
            sql.execute("create table " + metaSchema + ".reports (report_date date primary key)");
            for (LayerDefinition layer : catalog.layers()) {
                StringBuilder ddl = new StringBuilder("create table " + schema + "." + layer.name()
                        + " (fid bigint generated always as identity primary key, report_date date not null");
                for (Attribute attribute : layer.attributes()) {
                    ddl.append(", ").append(attribute.name()).append(' ').append(attribute.sqlType());
                }
                ddl.append(", geom geometry(").append(layer.publishedGeometryType()).append(", 4326))");
                sql.execute(ddl.toString());
                sql.execute("create index on " + schema + "." + layer.name() + " using gist (geom)");
                sql.execute("create index on " + schema + "." + layer.name() + " (report_date)");
            }
        }
    }

    /** One minimal SLD 1.0.0 per style the layers use, in a fresh directory. */
    static Path writeStyles(Path directory, LayerCatalog catalog) throws IOException {
        for (LayerDefinition layer : catalog.layers()) {
            boolean area = layer.publishedGeometryType().equals("MultiPolygon");
            writeStyle(directory, layer.style(), area ? "#D7301F" : "#2B8CBE", area);
        }
        return directory;
    }

    static void writeStyle(Path directory, String name, String colour, boolean area) throws IOException {
        String symbolizer = area
                ? "<PolygonSymbolizer><Fill><CssParameter name=\"fill\">" + colour + "</CssParameter>"
                + "<CssParameter name=\"fill-opacity\">0.6</CssParameter></Fill><Stroke><CssParameter name=\"stroke\">#000000</CssParameter></Stroke></PolygonSymbolizer>"
                : "<PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName><Fill><CssParameter name=\"fill\">"
                + colour + "</CssParameter></Fill></Mark><Size>12</Size></Graphic></PointSymbolizer>";
        String sld = """
                <?xml version="1.0" encoding="UTF-8"?>
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
                    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
                  <NamedLayer><Name>%s</Name><UserStyle><Title>Kiểu thử nghiệm %s</Title>
                    <FeatureTypeStyle><Rule>%s</Rule></FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>
                """.formatted(name, name, symbolizer);
        Files.writeString(directory.resolve(name + ".sld"), sld, StandardCharsets.UTF_8);
    }

    static String basic() {
        String credentials = env("GEOSERVER_USER", "admin") + ":" + env("GEOSERVER_PASSWORD", "geoserver");
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
