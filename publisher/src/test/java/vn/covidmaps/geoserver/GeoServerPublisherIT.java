package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.covidmaps.change.Action;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.config.Settings;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.postgis.ReaderRole;

/**
 * Publishes test data to the real GeoServer and checks the result through WFS and WMS themselves.
 * Runs in its own workspace (covidmaps_it) and schema (it_geoserver), both wiped at the start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeoServerPublisherIT {
    private static final String WS = TestGeoServer.WORKSPACE;
    /** A checkpoint that exists in the 2021-06-01 report only. */
    private static final Bbox KY_LUA = new Bbox(106.7680, 21.8580, 106.7720, 21.8620);

    private LayerCatalog catalog;
    private Settings settings;
    private Path styles;
    private Connection db;
    private PublishPlan firstPlan;

    private boolean reachable;

    @BeforeEach
    void requireGeoServer() {
        TestGeoServer.assumeReachable(reachable);
    }

    @BeforeAll
    void prepare() throws Exception {
        reachable = TestGeoServer.reachable();
        if (!reachable) {
            return;
        }
        catalog = LayerCatalog.load(Path.of("layers"));
        styles = TestGeoServer.writeStyles(Files.createTempDirectory("covidmaps-styles"), catalog);
        settings = TestGeoServer.settings(styles);
        TestGeoServer.dropEverything(settings);
        db = TestGeoServer.connect(settings);
        TestGeoServer.createTables(db, catalog);
        insertCheckpoint("2021-06-01", "Chợ Đông Kinh", 106.7610, 21.8530);
        insertCheckpoint("2021-06-01", "Chốt cầu Kỳ Lừa", 106.7700, 21.8600);
        insertCheckpoint("2021-06-02", "Chợ Đông Kinh", 106.7610, 21.8530);
        insertCheckpoint("2021-06-02", "Chốt Tân Thanh", 106.6500, 21.9200);
        insertRiskArea("2021-06-01", 3, "Nguy cơ cao");
        insertRiskArea("2021-06-02", 2, "Nguy cơ");
        ReaderRole.from(settings, catalog).ensure(db);
    }

    /** Leaves nothing behind on the shared GeoServer, unless COVIDMAPS_IT_KEEP is set (to look at it). */
    @AfterAll
    void cleanUp() throws Exception {
        TestGeoServer.cleanUp(settings);
        if (db != null) {
            db.close();
        }
    }

    private GeoServerPublisher publisher() {
        return GeoServerPublisher.from(settings, catalog).withDataExtents(new PostgisExtents(db, TestGeoServer.SCHEMA));
    }

    @Test
    @Order(1)
    void firstPublishCreatesEveryResource() {
        GeoServerPublisher publisher = publisher();
        firstPlan = publisher.plan();
        firstPlan.items().forEach(i -> System.out.println("  plan: " + i));
        for (PlanItem item : firstPlan.items()) {
            if (item.kind() != ResourceKind.SERVICE && item.kind() != ResourceKind.GROUP_BOUNDS) {
                assertEquals(Action.CREATE, item.action(), item.toString());
            }
        }
        assertEquals(2 * catalog.layers().size(), firstPlan.items().stream()
                .filter(i -> i.kind() == ResourceKind.FEATURE_TYPE).count());
        assertEquals(0, publisher.transport().writeCount(), "planning must not write");

        Set<String> all = catalog.layers().stream().map(l -> l.name()).collect(Collectors.toSet());
        ApplyResult result = publisher.apply(firstPlan, all);
        System.out.println("  first publish: " + result.writeRequests() + " write requests, bounds recalculated for "
                + result.boundsRecalculated() + ", tiles truncated " + result.tilesTruncated());
        assertTrue(result.writeRequests() >= firstPlan.changes().size());

        JsonNode type = new FeatureTypeClient(publisher.transport(), WS, WS + "_postgis").get("checkpoints").orElseThrow();
        assertEquals(catalog.layer("checkpoints").title(), type.path("title").asText(), "Vietnamese title intact");
        assertTrue(publisher.plan().isUnchanged(), () -> "after publishing, still to do: " + publisher.plan().changes());
    }

    @Test
    @Order(2)
    void secondPublishMakesNoWriteRequest() {
        GeoServerPublisher publisher = publisher();
        PublishPlan plan = publisher.plan();
        assertTrue(plan.isUnchanged(), () -> "unexpected changes: " + plan.changes());
        ApplyResult result = publisher.apply(plan, Set.of());
        assertEquals(0, result.writeRequests());
        assertEquals(List.of(), publisher.transport().writes());
        System.out.println("  second publish: " + publisher.transport().requests().size() + " read requests, "
                + publisher.transport().writeCount() + " write requests");
    }

    @Test
    @Order(3)
    void wfsReturnsExactlyTheRowsOfTheLatestReport() throws Exception {
        JsonNode collection = Ows.getFeature(WS + ":checkpoints_latest");
        Set<String> served = new TreeSet<>();
        for (JsonNode feature : collection.path("features")) {
            JsonNode properties = feature.path("properties");
            served.add(feature.path("id").asText().replaceAll(".*\\.", "") + " " + properties.path("report_date").asText()
                    .substring(0, 10) + " " + properties.path("checkpoint_name").asText());
        }
        Set<String> latestRows = new TreeSet<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("select fid, report_date, checkpoint_name"
                + " from it_geoserver.checkpoints where report_date = (select max(report_date) from it_geoserver.checkpoints)")) {
            while (rows.next()) {
                latestRows.add(rows.getLong(1) + " " + rows.getDate(2) + " " + rows.getString(3));
            }
        }
        System.out.println("  WFS checkpoints_latest: " + served);
        assertEquals(latestRows, served);
        assertTrue(served.stream().anyMatch(s -> s.endsWith("Chợ Đông Kinh")), "Vietnamese text intact");
    }

    @Test
    @Order(4)
    void theHistoryLayerIsNotOfferedOverWfs() throws Exception {
        HttpResponse<byte[]> response = Ows.get(TestGeoServer.URL + "/" + WS + "/ows?service=WFS&version=2.0.0"
                + "&request=GetFeature&typeNames=" + WS + ":checkpoints&outputFormat=application/json");
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("ExceptionReport"), "WFS would mix every report: " + body);
    }

    @Test
    @Order(5)
    void groupGetMapIsNotBlank() throws Exception {
        Bbox bounds = Bbox.of(new LayerGroupClient(publisher().transport(), WS).get(WS).orElseThrow().path("bounds")).orElseThrow();
        int painted = Ows.paintedPixels(Ows.getMap(WS + ":" + WS, bounds, null));
        System.out.println("  group GetMap over " + bounds + ": " + painted + " painted pixels of 65536");
        assertTrue(painted > 100, "group map is blank");
    }

    @Test
    @Order(6)
    void getMapWithAnEarlierTimeShowsThatDay() throws Exception {
        int today = Ows.paintedPixels(Ows.getMap(WS + ":checkpoints", KY_LUA, null));
        int earlier = Ows.paintedPixels(Ows.getMap(WS + ":checkpoints", KY_LUA, "2021-06-01"));
        System.out.println("  Kỳ Lừa checkpoint: " + today + " pixels today, " + earlier + " pixels at TIME=2021-06-01");
        assertEquals(0, today, "the 2021-06-01-only checkpoint must not show on the latest map");
        assertTrue(earlier > 0, "TIME=2021-06-01 must show that day's checkpoint");
    }

    @Test
    @Order(7)
    void aChangedSldIsUploadedAgainAndNothingElse() throws Exception {
        String style = catalog.layer("checkpoints").style();
        TestGeoServer.writeStyle(styles, style, "#FF00FF", false);
        GeoServerPublisher publisher = publisher();
        PublishPlan plan = publisher.plan();
        assertEquals(List.of("UPDATE style " + style), plan.changes().stream()
                .map(i -> i.action() + " " + i.kind().label() + " " + i.name()).toList());
        ApplyResult result = publisher.apply(plan, Set.of());
        System.out.println("  SLD change: " + publisher.transport().writes());
        assertEquals("PUT rest/workspaces/" + WS + "/styles/" + style + "?raw=true", publisher.transport().writes().get(0));
        String stored = new StyleClient(publisher.transport()).sld(WS, style).orElseThrow();
        assertEquals(Files.readString(styles.resolve(style + ".sld")), stored);
        assertTrue(result.tilesTruncated().contains(WS + ":checkpoints"), "restyled tiles must go: " + result.tilesTruncated());
        assertTrue(publisher().plan().isUnchanged());
    }

    @Test
    @Order(8)
    void newDataRecalculatesBoundsAndTruncatesTiles() throws Exception {
        String tile = TestGeoServer.URL + "/gwc/service/tms/1.0.0/" + WS + ":checkpoints@EPSG:4326@png/0/1/0.png";
        Ows.get(tile);
        assertEquals("HIT", cacheResult(tile), "the tile is cached before the data changes");

        insertCheckpoint("2021-06-03", "Chốt Hữu Nghị", 106.9000, 22.0500);
        GeoServerPublisher publisher = publisher();
        ApplyResult result = publisher.apply(Set.of("checkpoints"));
        System.out.println("  new data: recalculated " + result.boundsRecalculated() + ", truncated " + result.tilesTruncated()
                + ", writes " + publisher.transport().writes());
        assertEquals(List.of("UPDATE bounding boxes checkpoints"), result.applied().stream()
                .map(i -> i.action() + " " + i.kind().label() + " " + i.name()).toList());
        assertEquals(List.of("checkpoints", "checkpoints_latest", WS), result.boundsRecalculated());
        assertTrue(result.tilesTruncated().containsAll(List.of(WS + ":checkpoints", WS + ":" + WS)));
        assertEquals("MISS", cacheResult(tile), "the stale tile was truncated");

        FeatureTypeClient types = new FeatureTypeClient(publisher.transport(), WS, WS + "_postgis");
        Bbox box = Bbox.of(types.get("checkpoints").orElseThrow().path("latLonBoundingBox")).orElseThrow();
        assertEquals(106.9, box.maxx(), 1e-4);
        assertEquals(22.05, box.maxy(), 1e-4);
        Bbox group = Bbox.of(new LayerGroupClient(publisher.transport(), WS).get(WS).orElseThrow().path("bounds")).orElseThrow();
        assertEquals(22.05, group.maxy(), 1e-4);
        JsonNode latest = Ows.getFeature(WS + ":checkpoints_latest");
        assertEquals(1, latest.path("features").size());
        assertEquals("Chốt Hữu Nghị", latest.path("features").get(0).path("properties").path("checkpoint_name").asText());
        assertTrue(publisher().plan().isUnchanged());
    }

    @Test
    @Order(9)
    void dataLoadedWhileGeoServerFailedIsCaughtUpByTheNextPublish() throws Exception {
        insertCheckpoint("2021-06-04", "Chốt Chi Ma", 106.5000, 21.7000);
        // the load succeeded, GeoServer did not hear of it; the next publish loads nothing new
        GeoServerPublisher publisher = publisher();
        PublishPlan plan = publisher.plan();
        plan.changes().forEach(i -> System.out.println("  catch-up plan: " + i));
        assertEquals(List.of("UPDATE bounding boxes checkpoints"), plan.changes().stream()
                .map(i -> i.action() + " " + i.kind().label() + " " + i.name()).toList());
        ApplyResult result = publisher.apply(plan, Set.of());
        assertEquals(List.of("checkpoints", "checkpoints_latest", WS), result.boundsRecalculated());
        assertTrue(result.tilesTruncated().contains(WS + ":checkpoints"));
        Bbox group = Bbox.of(new LayerGroupClient(publisher.transport(), WS).get(WS).orElseThrow().path("bounds")).orElseThrow();
        assertEquals(21.7, group.miny(), 1e-4);
        assertTrue(publisher().plan().isUnchanged());
    }

    @Test
    @Order(10)
    void changesMadeByHandOnGeoServerAreListedAndRepaired() throws Exception {
        GeoServerTransport http = GeoServerTransport.from(settings);
        String store = "rest/workspaces/" + WS + "/datastores/" + WS + "_postgis";
        http.put("rest/namespaces/" + WS, GeoServerTransport.JSON, "{\"namespace\":{\"prefix\":\"" + WS + "\",\"uri\":\"http://wrong\"}}");
        http.put(store + "/featuretypes/checkpoints", GeoServerTransport.JSON, "{\"featureType\":{\"title\":\"Sai\",\"keywords\":{\"string\":[\"x\"]}}}");
        String time = Json.write(FeatureTypes.timeDimension()).replace("MAXIMUM", "MINIMUM");
        http.put(store + "/featuretypes/risk_areas", GeoServerTransport.JSON, "{\"featureType\":" + time + "}");
        http.put("rest/workspaces/" + WS + "/layers/visited_recent", GeoServerTransport.JSON, "{\"layer\":{\"defaultStyle\":{\"name\":\"point\"}}}");
        http.put("rest/workspaces/" + WS + "/layergroups/" + WS, GeoServerTransport.JSON, "{\"layerGroup\":{\"title\":\"Sai\"}}");

        GeoServerPublisher publisher = publisher();
        PublishPlan plan = publisher.plan();
        plan.changes().forEach(i -> System.out.println("  drift: " + i));
        assertEquals(List.of("UPDATE workspace " + WS, "UPDATE TIME dimension risk_areas", "UPDATE default style visited_recent",
                        "UPDATE feature type checkpoints", "UPDATE layer group " + WS),
                plan.changes().stream().map(i -> i.action() + " " + i.kind().label() + " " + i.name()).toList());
        publisher.apply(plan, Set.of());
        assertTrue(publisher().plan().isUnchanged(), () -> publisher().plan().changes().toString());
        assertEquals(catalog.layer("checkpoints").title(),
                new FeatureTypeClient(http, WS, WS + "_postgis").get("checkpoints").orElseThrow().path("title").asText());
    }

    @Test
    @Order(11)
    void aBrokenDatastoreIsRewrittenAndEverythingServesAgain() throws Exception {
        GeoServerTransport http = GeoServerTransport.from(settings);
        String store = "rest/workspaces/" + WS + "/datastores/" + WS + "_postgis";
        http.put("rest/namespaces/" + WS, GeoServerTransport.JSON, "{\"namespace\":{\"prefix\":\"" + WS + "\",\"uri\":\"http://wrong\"}}");
        http.put(store, GeoServerTransport.JSON, "{\"dataStore\":{\"connectionParameters\":{\"entry\":["
                + "{\"@key\":\"database\",\"$\":\"no_such_database\"}]}}}");
        // GeoServer cannot describe a feature type edited while its store is broken (GET answers 500)
        String time = Json.write(FeatureTypes.timeDimension()).replace("MAXIMUM", "MINIMUM");
        http.put(store + "/featuretypes/risk_areas", GeoServerTransport.JSON, "{\"featureType\":" + time + "}");

        GeoServerPublisher publisher = publisher();
        PublishPlan plan = publisher.plan();
        plan.changes().forEach(i -> System.out.println("  broken store: " + i));
        assertEquals(List.of("UPDATE datastore " + WS + "_postgis"), plan.changes().stream()
                .filter(i -> i.kind() == ResourceKind.DATASTORE).map(i -> i.action() + " " + i.kind().label() + " " + i.name()).toList());
        assertTrue(plan.changes().stream().anyMatch(i -> i.kind() == ResourceKind.FEATURE_TYPE && i.name().equals("risk_areas")
                && i.detail().startsWith("unreadable until the datastore is updated")), plan.changes().toString());
        publisher.apply(plan, Set.of());
        assertTrue(publisher().plan().isUnchanged(), () -> publisher().plan().changes().toString());
        assertTrue(Ows.getFeature(WS + ":checkpoints_latest").path("features").size() > 0, "WFS serves again");
    }

    @Test
    @Order(12)
    void statusShowsEveryLayerServed() throws Exception {
        PublicationStatus status = publisher().status();
        status.layers().forEach(l -> System.out.println("  status: " + l.layer() + " served=" + l.served() + " " + l.wmsGetMap()));
        assertEquals(catalog.layers().size(), status.layers().size());
        assertTrue(status.layers().stream().allMatch(PublicationStatus.LayerStatus::served));
        assertTrue(status.groupServed());
        PublicationStatus.LayerStatus checkpoints = status.layers().stream()
                .filter(l -> l.layer().equals("checkpoints")).findFirst().orElseThrow();
        HttpResponse<byte[]> map = Ows.get(checkpoints.wmsGetMap());
        assertEquals("image/png", map.headers().firstValue("Content-Type").orElse(""));
        assertEquals(200, Ows.get(checkpoints.wfsGetFeature()).statusCode());
        assertFalse(status.groupGetMap().isEmpty());
    }

    @Test
    @Order(13)
    void anInvalidChangedSldIsRefusedBeforeAnythingIsWritten() throws Exception {
        String style = catalog.layer("checkpoints").style();
        Path file = styles.resolve(style + ".sld");
        String valid = Files.readString(file);
        Files.writeString(file, valid.replace("version=\"1.0.0\"", "version=\"1.1.0\""));
        try {
            GeoServerPublisher publisher = publisher();
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> publisher.apply(Set.of("checkpoints")));
            System.out.println("  invalid SLD: " + e.getMessage());
            assertTrue(e.getMessage().contains("is not a valid SLD 1.0.0 document"), e.getMessage());
            assertEquals(List.of(), publisher.transport().writes());
            assertEquals(valid, new StyleClient(publisher.transport()).sld(WS, style).orElseThrow(), "GeoServer keeps the valid style");
        } finally {
            Files.writeString(file, valid);
        }
        assertTrue(publisher().plan().isUnchanged());
    }

    private static String cacheResult(String tile) throws Exception {
        return Ows.get(tile).headers().firstValue("geowebcache-cache-result").orElse("none");
    }

    private void insertCheckpoint(String date, String name, double lon, double lat) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into it_geoserver.checkpoints"
                + " (report_date, checkpoint_name, address, kind, status, geom)"
                + " values (?::date, ?, 'Thành phố Lạng Sơn', 'Chốt cố định', 'Đang hoạt động', ST_SetSRID(ST_MakePoint(?, ?), 4326))")) {
            insert.setString(1, date);
            insert.setString(2, name);
            insert.setDouble(3, lon);
            insert.setDouble(4, lat);
            insert.executeUpdate();
        }
    }

    private void insertRiskArea(String date, int level, String label) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into it_geoserver.risk_areas"
                + " (report_date, unit_code, unit_name, unit_level, district_name, risk_level, risk_level_label, geom)"
                + " values (?::date, '178', 'Thành phố Lạng Sơn', 'Thành phố', 'Thành phố Lạng Sơn', ?, ?,"
                + " ST_Multi(ST_MakeEnvelope(106.70, 21.80, 106.80, 21.90, 4326)))")) {
            insert.setString(1, date);
            insert.setInt(2, level);
            insert.setString(3, label);
            insert.executeUpdate();
        }
    }
}
