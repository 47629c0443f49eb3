package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import vn.covidmaps.cli.CovidMaps;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.GeoServerOutcome;
import vn.covidmaps.engine.PublishResult;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.geometry.AdminBoundaries;
import vn.covidmaps.geometry.AdminUnits;
import vn.covidmaps.geometry.CoordinateParser;
import vn.covidmaps.ingest.IngestContext;
import vn.covidmaps.ingest.ReportIngest;
import vn.covidmaps.ingest.Workbook;
import vn.covidmaps.ingest.WorkbookOpener;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.postgis.Database;

/**
 * The privacy of the homes layer end to end, on the real PostGIS and GeoServer: both sample reports are
 * published, then every table of the schemas the publisher used is searched for the true homes, which
 * only this test knows (read from the sample with the generalisation switched off, and kept in memory).
 * Own workspace (covidmaps_privacy) and schemas (it_privacy, it_privacy_meta), wiped before and after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrivacyIT {
    private static final String WS = "covidmaps_privacy";
    private static final String SCHEMA = "it_privacy";
    private static final Path SAMPLES = Path.of("publisher", "sample");

    private boolean reachable;
    private Settings settings;
    /** Case code → where the case truly lives, per the 08/06 report (the 01/06 cases are among them, unmoved). */
    private Map<String, Coordinate> homes;

    @BeforeAll
    void publishBothSampleReports() throws Exception {
        reachable = TestGeoServer.reachable();
        if (!reachable) {
            return;
        }
        settings = TestGeoServer.settings(Path.of("styles"), WS, SCHEMA);
        TestGeoServer.dropEverything(settings);
        homes = trueHomes();
        for (String date : List.of("2021-06-01", "2021-06-08")) {
            PublishResult result = new Publisher(settings).publish(List.of(SAMPLES.resolve("bao-cao-" + date + ".xlsx")),
                    LocalDate.parse(date), false, false);
            assertTrue(result instanceof PublishResult.Loaded, date + ": " + result);
            assertTrue(result.geoserver() instanceof GeoServerOutcome.Applied, date + ": " + result.geoserver());
        }
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
    void wfsServesEachHomeAsAPolygonThatContainsItAndNoHouseNumber() throws Exception {
        JsonNode features = Ows.getFeature(WS, WS + ":patient_homes_latest").path("features");
        assertEquals(130, features.size());
        int containing = 0;
        for (JsonNode feature : features) {
            assertEquals("MultiPolygon", feature.path("geometry").path("type").asText(), feature.toString());
            String code = feature.path("properties").path("case_code").asText();
            String address = feature.path("properties").path("address").asText("");
            assertFalse(address.matches("(?iu).*(^|[\\s,])(số|nhà|ngõ|ngách|hẻm|kiệt)\\s*\\d.*") || address.matches(".*\\d+/\\d+.*")
                    || address.matches("^\\d.*"), code + " keeps a house number: " + address);
            try (Connection db = new Database(settings).connect(); PreparedStatement inside = db.prepareStatement(
                    "SELECT ST_Contains(ST_GeomFromGeoJSON(?), ST_SetSRID(ST_MakePoint(?, ?), 4326))")) {
                Coordinate home = homes.get(code);
                inside.setString(1, feature.path("geometry").toString());
                inside.setDouble(2, home.x);
                inside.setDouble(3, home.y);
                try (ResultSet rows = inside.executeQuery()) {
                    rows.next();
                    containing += rows.getBoolean(1) ? 1 : 0;
                }
            }
        }
        System.out.println("  privacy WFS: " + features.size() + " polygons, " + containing + " contain their case's true home");
        assertEquals(130, containing);
    }

    @Test
    @Order(2)
    void noPointWithinTwoMetresOfATrueHomeExistsInAnyTableOfTheSchemasUsed() throws Exception {
        try (Connection db = new Database(settings).connect()) {
            List<String> columns = geometryColumns(db);
            assertTrue(columns.size() >= 14, "the layer tables, their partitions and more: " + columns);
            long vertices = 0;
            for (String column : columns) {
                vertices += count(db, "SELECT count(*) FROM (SELECT (ST_DumpPoints(" + column.split(" ")[1] + ")).geom p FROM "
                        + column.split(" ")[0] + ") d", false);
                long near = count(db, "WITH homes AS (SELECT ST_SetSRID(ST_MakePoint(x, y), 4326)::geography g FROM unnest(?, ?) AS u(x, y))"
                        + " SELECT count(*) FROM homes h JOIN (SELECT (ST_DumpPoints(" + column.split(" ")[1] + ")).geom p FROM "
                        + column.split(" ")[0] + ") d ON ST_DWithin(d.p::geography, h.g, 2)", true);
                assertEquals(0, near, column + " holds a point within 2 m of a true home");
            }
            System.out.println("  privacy scan: " + columns.size() + " geometry columns, " + vertices + " points, none within 2 m of the "
                    + homes.size() + " true homes");
        }
    }

    @Test
    @Order(3)
    void theSameCaseGetsExactlyTheSameAreaInBothReports() throws Exception {
        try (Connection db = new Database(settings).connect()) {
            String pairs = " FROM " + SCHEMA + ".patient_homes a JOIN " + SCHEMA + ".patient_homes b ON a.case_code = b.case_code"
                    + " AND a.report_date = '2021-06-01' AND b.report_date = '2021-06-08'";
            assertEquals(100, count(db, "SELECT count(*)" + pairs, false));
            assertEquals(0, count(db, "SELECT count(*)" + pairs + " WHERE ST_AsBinary(a.geom) <> ST_AsBinary(b.geom)", false));
            // and the areas are not centred on the homes: the published centre is at least a fifth of the radius away
            assertEquals(0, count(db, "WITH homes AS (SELECT c, ST_SetSRID(ST_MakePoint(x, y), 4326)::geography g FROM unnest(?, ?, ?) AS u(x, y, c))"
                    + " SELECT count(*) FROM " + SCHEMA + ".patient_homes p JOIN homes h ON h.c = p.case_code"
                    + " WHERE ST_Distance(ST_Centroid(p.geom)::geography, h.g) < 30", true));
        }
    }

    @Test
    @Order(4)
    void purgeRemovesADateEverywhere(@TempDir Path dir) throws Exception {
        Bbox box = new Bbox(106.2, 21.3, 107.2, 22.4);
        assertTrue(Ows.paintedPixels(Ows.getMap(WS, WS + ":patient_homes", box, "2021-06-01")) > 0);
        assertTrue(capabilitiesTimes("patient_homes").contains("2021-06-01"), capabilitiesTimes("patient_homes"));
        Path config = configFile(dir);

        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "purge", "--before", "08/06/2021", "--config", config.toString()));
        assertTrue(out.toString().contains("Would delete 1 report date(s) older than 08/06/2021"), out.toString());
        assertTrue(out.toString().matches("(?s).*01/06/2021 patient_homes +100 rows.*"), out.toString());
        assertTrue(partitions().stream().anyMatch(p -> p.endsWith("__20210601")), "without --yes nothing goes");

        out = new StringWriter();
        assertEquals(0, run(out, "purge", "--before", "08/06/2021", "--yes", "--config", config.toString()), out.toString());
        System.out.println("  privacy purge: " + out.toString().replace("\n", "\n    "));
        assertTrue(out.toString().contains("Deleted 1 report date(s)"), out.toString());
        // the layers that lost a date are refreshed on GeoServer: their bounds, and their tiles where GeoWebCache caches them
        assertTrue(out.toString().matches("(?s).*bounds recalculated: [^\n]*patient_homes.*"), out.toString());
        assertTrue(!out.toString().contains("cached tiles cleared:")
                || out.toString().matches("(?s).*cached tiles cleared: [^\n]*patient_homes.*"), out.toString());
        assertTrue(partitions().stream().noneMatch(p -> p.endsWith("__20210601")), partitions().toString());
        assertTrue(partitions().stream().anyMatch(p -> p.endsWith("__20210608")), partitions().toString());
        try (Connection db = new Database(settings).connect()) {
            assertEquals(0, count(db, "SELECT count(*) FROM " + SCHEMA + "_meta.reports WHERE report_date < '2021-06-08'", false));
            for (String layer : new Publisher(settings).catalog().layers().stream().map(l -> l.name()).toList()) {
                assertEquals(0, count(db, "SELECT count(*) FROM " + SCHEMA + "." + layer + " WHERE report_date < '2021-06-08'", false), layer);
            }
        }
        assertFalse(capabilitiesTimes("patient_homes").contains("2021-06-01"), capabilitiesTimes("patient_homes"));
        assertTrue(capabilitiesTimes("patient_homes").contains("2021-06-08"), capabilitiesTimes("patient_homes"));
        assertEquals(0, Ows.paintedPixels(Ows.getMap(WS, WS + ":patient_homes", box, "2021-06-01")));
        assertTrue(Ows.paintedPixels(Ows.getMap(WS, WS + ":patient_homes", box, "2021-06-08")) > 0);
    }

    /** The sample's homes as the workbook gives them, read with the layer's generalisation switched off. */
    private static Map<String, Coordinate> trueHomes() throws Exception {
        Path layers = vn.covidmaps.privacy.ExactLayers.write(Files.createTempDirectory("exact-homes"));
        try {
            LayerCatalog exact = LayerCatalog.load(layers);
            assertTrue(exact.layer("patient_homes").generalise() == null);
            IngestContext context = new IngestContext(LocalDate.of(2021, 6, 8), new CoordinateParser(null),
                    AdminUnits.bundled(Set.of("20")), new AdminBoundaries(null, "ma_xa", null), null);
            Map<String, Coordinate> homes = new LinkedHashMap<>();
            try (Workbook workbook = WorkbookOpener.open(SAMPLES.resolve("bao-cao-2021-06-08.xlsx"))) {
                ReportIngest.run(exact, workbook, context, (layer, values, geometry) -> {
                    if (layer.name().equals("patient_homes")) {
                        homes.put((String) values[0], geometry.getCoordinate());
                    }
                });
            }
            assertEquals(130, homes.size());
            return homes;
        } finally {
            try (var files = Files.list(layers)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(layers);
        }
    }

    /** "schema.table column" of every geometry column of every table in the layer and bookkeeping schemas. */
    private static List<String> geometryColumns(Connection db) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT table_schema, table_name, column_name FROM information_schema.columns WHERE udt_name IN ('geometry', 'geography')"
                        + " AND table_schema IN ('" + SCHEMA + "', '" + SCHEMA + "_meta') ORDER BY 1, 2, 3")) {
            while (rows.next()) {
                columns.add(rows.getString(1) + "." + rows.getString(2) + " " + rows.getString(3));
            }
        }
        return columns;
    }

    /** A count, with the true homes' longitudes, latitudes (and codes) as the query's array parameters when asked. */
    private long count(Connection db, String query, boolean withHomes) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(query)) {
            if (withHomes) {
                List<String> codes = new ArrayList<>(homes.keySet());
                Array x = db.createArrayOf("float8", codes.stream().map(c -> homes.get(c).x).toArray());
                Array y = db.createArrayOf("float8", codes.stream().map(c -> homes.get(c).y).toArray());
                statement.setArray(1, x);
                statement.setArray(2, y);
                if (query.contains("unnest(?, ?, ?)")) {
                    statement.setArray(3, db.createArrayOf("text", codes.toArray()));
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private List<String> partitions() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema IN ('" + SCHEMA + "', '"
                        + SCHEMA + "_meta') ORDER BY 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** The TIME values WMS capabilities advertise for the layer. */
    private static String capabilitiesTimes(String layer) throws Exception {
        String capabilities = new String(Ows.get(TestGeoServer.URL + "/" + WS + "/wms?service=WMS&version=1.3.0&request=GetCapabilities")
                .body(), StandardCharsets.UTF_8);
        int at = capabilities.indexOf("<Name>" + layer + "</Name>");
        if (at < 0) {
            at = capabilities.indexOf("<Name>" + WS + ":" + layer + "</Name>");
        }
        assertTrue(at >= 0, "the capabilities name " + layer);
        int dimension = capabilities.indexOf("<Dimension name=\"time\"", at);
        return capabilities.substring(dimension, capabilities.indexOf("</Dimension>", dimension));
    }

    /** The test's settings as a configuration file, for the command line. */
    private Path configFile(Path dir) throws Exception {
        return vn.covidmaps.TestDatabase.writeConfig(dir, settings);
    }

    private static int run(StringWriter out, String... args) {
        StringWriter err = new StringWriter();
        int code = CovidMaps.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        out.write(err.toString());
        return code;
    }
}
