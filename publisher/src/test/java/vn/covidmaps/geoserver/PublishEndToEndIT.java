package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.GeoServerOutcome;
import vn.covidmaps.engine.PublishResult;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.postgis.Database;

/**
 * The whole publish as the CLI runs it, with the sample reports and the repository's styles: the real loader
 * loads the 01/06 and the 08/06 workbooks into PostGIS, then GeoServer is reconciled. Checked through WFS and WMS themselves.
 * Own workspace (covidmaps_e2e) and schema (it_e2e), wiped before and after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishEndToEndIT {
    private static final String WS = "covidmaps_e2e";
    private static final String SCHEMA = "it_e2e";
    private static final Path SAMPLES = Path.of("publisher", "sample");

    private Settings settings;
    private LayerCatalog catalog;

    private boolean reachable;

    @BeforeEach
    void requireGeoServer() {
        TestGeoServer.assumeReachable(reachable);
    }

    @BeforeAll
    void publishBothSampleReports() throws Exception {
        reachable = TestGeoServer.reachable();
        if (!reachable) {
            return;
        }
        catalog = LayerCatalog.load(Path.of("layers"));
        settings = TestGeoServer.settings(Path.of("styles"), WS, SCHEMA);
        TestGeoServer.dropEverything(settings);
        publish("2021-06-01");
        publish("2021-06-08");
    }

    @AfterAll
    void cleanUp() throws Exception {
        TestGeoServer.cleanUp(settings);
    }

    @Test
    void wfsServesExactlyThePostgisRowsOfTheLatestReportForEveryLayer() throws Exception {
        for (LayerDefinition layer : catalog.layers()) {
            JsonNode collection = Ows.getFeature(WS, WS + ":" + layer.name() + "_latest");
            Set<String> served = new TreeSet<>();
            for (JsonNode feature : collection.path("features")) {
                assertEquals("2021-06-08T00:00:00Z", feature.path("properties").path("report_date").asText(), layer.name());
                served.add(feature.path("id").asText().replaceAll(".*\\.", ""));
            }
            Set<String> latest = strings("select fid from " + SCHEMA + "." + layer.name()
                    + " where report_date = (select max(report_date) from " + SCHEMA + "." + layer.name() + ")");
            System.out.println("  e2e WFS " + layer.name() + "_latest: " + served.size() + " features, PostGIS latest rows: " + latest.size());
            assertEquals(latest, served, layer.name());
        }
        Set<String> names = new TreeSet<>();
        Ows.getFeature(WS, WS + ":checkpoints_latest").path("features")
                .forEach(f -> names.add(f.path("properties").path("checkpoint_name").asText()));
        assertEquals(strings("select checkpoint_name from " + SCHEMA + ".checkpoints where report_date = '2021-06-08'"), names);
        assertTrue(names.contains("Chốt kiểm soát cửa ngõ QL1A xã Tân Thành"), "Vietnamese text intact: " + names);
    }

    @Test
    void theGroupMapIsNotBlankAndTimeTravels() throws Exception {
        Bbox group = Bbox.of(new LayerGroupClient(geoServer(null).transport(), WS).get(WS).orElseThrow().path("bounds")).orElseThrow();
        int painted = Ows.paintedPixels(Ows.getMap(WS, WS + ":" + WS, group, null));
        System.out.println("  e2e group GetMap: " + painted + " painted pixels of 65536");
        assertTrue(painted > 500);

        // a case home area that only the 08/06 report has: shown today, absent on 01/06
        Bbox newCase = around("select ST_X(ST_PointOnSurface(geom)), ST_Y(ST_PointOnSurface(geom)) from " + SCHEMA + ".patient_homes a where report_date = '2021-06-08'"
                + " and not exists (select 1 from " + SCHEMA + ".patient_homes b where b.report_date = '2021-06-01'"
                + " and ST_DWithin(a.geom, b.geom, 0.004)) limit 1").orElseThrow();
        int today = Ows.paintedPixels(Ows.getMap(WS, WS + ":patient_homes", newCase, null));
        int before = Ows.paintedPixels(Ows.getMap(WS, WS + ":patient_homes", newCase, "2021-06-01"));
        System.out.println("  e2e new case home: " + today + " pixels today, " + before + " at TIME=2021-06-01");
        assertTrue(today > 0);
        assertEquals(0, before);
    }

    @Test
    void publishingTheSameReportAgainWritesNothing() throws Exception {
        PublishResult again = new Publisher(settings).publish(List.of(SAMPLES.resolve("bao-cao-2021-06-08.xlsx")),
                LocalDate.parse("2021-06-08"), false, true);
        assertInstanceOf(PublishResult.Skipped.class, again, "the loader recognises the same file");
        try (Connection db = new Database(settings).connect()) {
            GeoServerPublisher geoserver = geoServer(db);
            PublishPlan plan = geoserver.plan();
            assertTrue(plan.isUnchanged(), () -> plan.changes().toString());
            ApplyResult result = geoserver.apply(plan, Set.of());
            System.out.println("  e2e republish: " + geoserver.transport().requests().size() + " GeoServer reads, "
                    + result.writeRequests() + " writes");
            assertEquals(0, result.writeRequests());
            assertEquals(List.of(), geoserver.transport().writes());
            PublicationStatus status = geoserver.status();
            assertTrue(status.layers().stream().allMatch(PublicationStatus.LayerStatus::served), status.toString());
        }
    }

    @Test
    void theBaseMapIsCachedForADayWithoutTime() throws Exception {
        String name = WS + ":" + WS + BaseMapPlanner.GROUP_SUFFIX;
        TileLayerXml layer = new TileCacheClient(geoServer(null).transport()).tileLayer(name).orElseThrow();
        assertTrue(layer.timeFilter().isEmpty(), "the boundaries have no report date");
        long col = TileSeeding.column(106.76, 10);
        long row = TileSeeding.row(21.85, 10);
        String url = TestGeoServer.URL + "/gwc/service/wmts?service=WMTS&request=GetTile&version=1.0.0&layer=" + name
                + "&style=&tilematrixset=EPSG:900913&tilematrix=EPSG:900913:10&tilerow=" + row + "&tilecol=" + col + "&format=image/png";
        java.net.http.HttpResponse<byte[]> tile = Ows.get(url);
        System.out.println("  e2e base map tile: HTTP " + tile.statusCode() + ", " + tile.headers().firstValue("Cache-Control").orElse("no Cache-Control"));
        assertEquals(200, tile.statusCode());
        assertEquals("max-age=86400, must-revalidate", tile.headers().firstValue("Cache-Control").orElse(""));
    }

    /** What `covidmaps publish` does, through the engine: load, make sure of the reader role, then reconcile GeoServer. */
    private void publish(String date) {
        PublishResult result = new Publisher(settings).publish(List.of(SAMPLES.resolve("bao-cao-" + date + ".xlsx")),
                LocalDate.parse(date), false, false);
        PublishResult.Loaded loaded = assertInstanceOf(PublishResult.Loaded.class, result, () -> "report " + date + " was not loaded: " + result);
        GeoServerOutcome.Applied applied = assertInstanceOf(GeoServerOutcome.Applied.class, loaded.geoserver(), loaded.geoserver()::toString);
        System.out.println("  e2e publish " + date + ": loaded " + loaded.loaded() + "; GeoServer: "
                + applied.applied().size() + " changes, " + applied.writeRequests() + " writes");
    }

    private GeoServerPublisher geoServer(Connection db) {
        GeoServerPublisher publisher = GeoServerPublisher.from(settings, catalog);
        return db == null ? publisher : publisher.withDataExtents(new PostgisExtents(db, SCHEMA));
    }

    private Set<String> strings(String query) throws Exception {
        Set<String> out = new TreeSet<>();
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }

    private Optional<Bbox> around(String pointQuery) throws Exception {
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(pointQuery)) {
            if (!rows.next()) {
                return Optional.empty();
            }
            double x = rows.getDouble(1);
            double y = rows.getDouble(2);
            return Optional.of(new Bbox(x - 0.002, y - 0.002, x + 0.002, y + 0.002));
        }
    }
}
