package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.covidmaps.change.Action;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.postgis.ReaderRole;

/**
 * The tile caches against the real GeoServer: per-date tiles through GeoWebCache's WMTS, only the changed date's
 * tiles deleted by a publish, seeding. Its own workspace (covidmaps_tiles) and schema (it_tiles), wiped at the start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TileCacheIT {
    private static final String WS = "covidmaps_tiles";
    private static final String SCHEMA = "it_tiles";
    private static final String META = "it_tiles_meta";
    private static final int Z = 14;
    /** The tile holding the Kỳ Lừa checkpoint (106.770, 21.860); the Đông Kinh market (106.761, 21.853) is in the next one west. */
    private static final long COL = TileSeeding.column(106.7700, Z);
    private static final long ROW = TileSeeding.row(21.8600, Z);

    private boolean reachable;
    private LayerCatalog catalog;
    private Settings settings;
    private Connection db;

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
        Path styles = TestGeoServer.writeStyles(Files.createTempDirectory("covidmaps-styles"), catalog);
        settings = TestGeoServer.settings(styles, WS, SCHEMA, META).with(Setting.TILES_SEED_ZOOM, "10-12");
        TestGeoServer.dropEverything(settings);
        db = TestGeoServer.connect(settings);
        TestGeoServer.createTables(db, catalog, SCHEMA, META);
        insertCheckpoint("2021-06-01", "Chốt cầu Kỳ Lừa", 106.7700, 21.8600);
        insertCheckpoint("2021-06-01", "Chợ Đông Kinh", 106.7610, 21.8530);
        insertCheckpoint("2021-06-02", "Chợ Đông Kinh", 106.7610, 21.8530);
        ReaderRole.from(settings, catalog).ensure(db);
    }

    @AfterAll
    void cleanUp() throws Exception {
        TestGeoServer.cleanUp(settings);
        if (db != null) {
            db.close();
        }
    }

    private GeoServerPublisher publisher() {
        List<String> layers = catalog.layers().stream().map(l -> l.name()).toList();
        return GeoServerPublisher.from(settings, catalog).withDataExtents(new PostgisExtents(db, SCHEMA))
                .withReportDates(new PostgisReportDates(db, SCHEMA, layers));
    }

    @Test
    @Order(1)
    void publishManagesATileLayerPerLayerAndTheGroupAndARerunWritesNothing() throws Exception {
        GeoServerPublisher publisher = publisher();
        PublishPlan plan = publisher.plan();
        List<PlanItem> tileLayers = plan.items().stream().filter(i -> i.kind() == ResourceKind.TILE_LAYER).toList();
        tileLayers.forEach(i -> System.out.println("  plan: " + i));
        assertEquals(catalog.layers().size() + 1, tileLayers.stream().filter(i -> i.action() == Action.CREATE).count());
        assertEquals(catalog.layers().size(), tileLayers.stream()
                .filter(i -> i.name().endsWith(PublicationModel.LATEST_SUFFIX) && i.action() == Action.UPDATE).count(),
                "the WFS-only views' tile layers, which GeoServer makes with them, are turned off");
        Set<String> all = catalog.layers().stream().map(l -> l.name()).collect(Collectors.toSet());
        publisher.apply(plan, all);

        GeoServerPublisher again = publisher();
        PublishPlan second = again.plan();
        assertTrue(second.isUnchanged(), () -> "still to do: " + second.changes());
        assertTrue(second.items().stream().filter(i -> i.kind() == ResourceKind.TILE_LAYER)
                .filter(i -> !i.name().endsWith(PublicationModel.LATEST_SUFFIX)).allMatch(i -> i.detail().contains("TIME: 2 date(s), default 2021-06-02")), second.items().toString());
        assertEquals(0, again.apply(second, Set.of()).writeRequests());
        assertEquals(List.of(), again.transport().writes());

        TileLayerXml group = new TileCacheClient(again.transport()).tileLayer(WS + ":" + WS).orElseThrow();
        assertEquals(new TileLayerXml.TimeFilter("2021-06-02", List.of("2021-06-01", "2021-06-02")), group.timeFilter().orElseThrow());
        assertEquals(Set.of("EPSG:900913", "EPSG:4326"), group.gridSets());
        assertEquals(Set.of("image/png"), group.formats());
        assertFalse(new TileCacheClient(again.transport()).tileLayer(WS + ":checkpoints_latest").orElseThrow().enabled());
    }

    @Test
    @Order(2)
    void eachDateHasItsOwnTilesAndTilesMayBeKeptForMaxAge() throws Exception {
        HttpResponse<byte[]> june1 = tile("checkpoints", "2021-06-01");
        HttpResponse<byte[]> june2 = tile("checkpoints", "2021-06-02");
        HttpResponse<byte[]> latest = tile("checkpoints", null);
        System.out.println("  Kỳ Lừa tile: " + painted(june1) + " px on 2021-06-01, " + painted(june2) + " px on 2021-06-02, "
                + painted(latest) + " px without TIME; " + june1.headers().firstValue("Cache-Control").orElse("no Cache-Control"));
        assertTrue(painted(june1) > 0, "the 2021-06-01 tile shows that day's checkpoint");
        assertEquals(0, painted(june2), "the 2021-06-02 tile must not show the 2021-06-01 checkpoint");
        assertArrayEquals(june2.body(), latest.body(), "without TIME, the latest report");
        assertEquals("HIT", cacheResult(tile("checkpoints", "2021-06-01")));
        assertEquals("HIT", cacheResult(tile("checkpoints", "2021-06-02")), "explicit latest and no TIME share their tiles");
        assertEquals("max-age=300, must-revalidate", june1.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(java.util.Arrays.equals(groupTile("2021-06-01").body(), groupTile("2021-06-02").body()),
                "the group's tiles differ by date too");

        HttpResponse<byte[]> unpublished = tile("checkpoints", "2021-05-31");
        System.out.println("  unpublished date: HTTP " + unpublished.statusCode());
        assertTrue(unpublished.statusCode() >= 400, "a date never published is refused, not answered with another date's tile");
    }

    @Test
    @Order(3)
    void aNewDateDeletesOnlyTheDefaultsTilesAndOlderDatesStayCached() throws Exception {
        tile("checkpoints", "2021-06-01");
        groupTile("2021-06-01");
        groupTile(null);
        assertEquals("HIT", cacheResult(groupTile(null)));
        insertCheckpoint("2021-06-03", "Chốt cầu Kỳ Lừa", 106.7700, 21.8600);
        GeoServerPublisher publisher = publisher();
        ApplyResult result = publisher.apply(publisher.plan(), ChangedData.onDates(Set.of("checkpoints"), Set.of("2021-06-03")));
        System.out.println("  new date: " + result.applied() + "; truncated " + result.tilesTruncated() + "; "
                + result.writeRequests() + " writes");

        assertEquals("HIT", cacheResult(tile("checkpoints", "2021-06-01")), "an older date's tile is still cached");
        assertEquals("HIT", cacheResult(groupTile("2021-06-01")), "an older date's group tile is still cached");
        HttpResponse<byte[]> latest = groupTile(null);
        assertEquals("MISS", cacheResult(latest), "the default's tiles showed the previous report");
        assertTrue(painted(tile("checkpoints", null)) > 0, "the default is now 2021-06-03, which has the Kỳ Lừa checkpoint");
        assertArrayEquals(tile("checkpoints", "2021-06-03").body(), tile("checkpoints", null).body());
        assertEquals(0, painted(tile("checkpoints", "2021-06-02")), "2021-06-02 is drawn from its own rows");
        assertTrue(publisher().plan().isUnchanged(), () -> publisher().plan().changes().toString());
    }

    @Test
    @Order(4)
    void republishingAnOlderDateDeletesThatDateOnly() throws Exception {
        tile("checkpoints", "2021-06-01");
        tile("checkpoints", null);
        try (Statement sql = db.createStatement()) {
            sql.execute("delete from " + SCHEMA + ".checkpoints where report_date = '2021-06-01' and checkpoint_name like 'Chốt%'");
        }
        GeoServerPublisher publisher = publisher();
        ApplyResult result = publisher.apply(publisher.plan(), ChangedData.onDates(Set.of("checkpoints"), Set.of("2021-06-01")));
        System.out.println("  older date replaced: truncated " + result.tilesTruncated() + ", writes " + publisher.transport().writes());
        assertTrue(publisher.transport().writes().stream().noneMatch(w -> w.contains("masstruncate")), "no layer is truncated whole");
        HttpResponse<byte[]> june1 = tile("checkpoints", "2021-06-01");
        assertEquals("MISS", cacheResult(june1));
        assertEquals(0, painted(june1), "the republished 2021-06-01 no longer has the checkpoint");
        assertEquals("HIT", cacheResult(tile("checkpoints", null)), "the latest report's tiles stay");
    }

    @Test
    @Order(5)
    void dataChangedOnUnknownDatesDeletesEveryTileOfTheLayer() throws Exception {
        tile("checkpoints", "2021-06-02");
        GeoServerPublisher publisher = publisher();
        ApplyResult result = publisher.apply(publisher.plan(), ChangedData.anyDate(Set.of("checkpoints")));
        assertTrue(result.tilesTruncated().containsAll(List.of(WS + ":checkpoints", WS + ":" + WS)), result.tilesTruncated().toString());
        assertEquals("MISS", cacheResult(tile("checkpoints", "2021-06-02")));
    }

    @Test
    @Order(6)
    void seedingFillsTheGroupsLatestTilesInTheBackground() throws Exception {
        Bbox town = new Bbox(106.74, 21.83, 106.79, 21.88);
        GeoServerPublisher publisher = publisher();
        TileSeeding seeding = publisher.seed(town);
        System.out.println("  seeding: " + seeding);
        assertEquals(10, seeding.zoomStart());
        assertEquals(12, seeding.zoomStop());
        assertEquals(TileSeeding.tilesAt(town, 10) + TileSeeding.tilesAt(town, 11) + TileSeeding.tilesAt(town, 12), seeding.tiles());
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (publisher.seedProgress().running() && System.nanoTime() < end) {
            Thread.sleep(500);
        }
        assertFalse(publisher.seedProgress().running(), "seeding did not finish in 2 minutes");
        long col = TileSeeding.column(106.765, 12);
        long row = TileSeeding.row(21.855, 12);
        assertEquals("HIT", cacheResult(Ows.get(wmts(WS, null, 12, col, row))), "a seeded tile is served from the cache at once");

        TileSeeding none = TileSeeding.of(WS + ":" + WS, town, new TileSettings(300, 10, 12, 0));
        assertFalse(none.any(), "a budget below the first level's tiles seeds nothing");
    }

    @Test
    @Order(7)
    void aRepublishWithNoChangeLeavesTheSeedingAloneAndAChangeLooksForItFirst() throws Exception {
        // a seeding, as the previous publish leaves it (whether it is still running when the re-publish comes depends
        // on GeoServer's speed, so the checks below read what the publisher asked, not the seeding's state)
        Bbox province = new Bbox(106.1, 21.3, 107.3, 22.4);
        List<String> layers = catalog.layers().stream().map(l -> l.name()).toList();
        GeoServerPublisher deep = GeoServerPublisher.from(settings.with(Setting.TILES_SEED_ZOOM, "10-15"), catalog)
                .withDataExtents(new PostgisExtents(db, SCHEMA)).withReportDates(new PostgisReportDates(db, SCHEMA, layers));
        assertTrue(deep.seed(province).tiles() > 5_000);
        try {
            GeoServerPublisher again = publisher();
            PublishPlan unchanged = again.plan();
            assertTrue(unchanged.isUnchanged(), () -> "still to do: " + unchanged.changes());
            assertEquals(0, again.apply(unchanged, ChangedData.anyDate(Set.of())).writeRequests());
            assertEquals(List.of(), again.transport().requests().stream().filter(r -> r.startsWith("GET gwc/rest/seed")).toList(),
                    "nothing changed, so nothing is truncated, and GeoWebCache's tasks (the seeding) are neither waited for nor stopped");

            GeoServerPublisher changing = publisher();
            ApplyResult result = changing.apply(changing.plan(), Set.of("checkpoints"));
            assertFalse(result.tilesTruncated().isEmpty());
            // a seeding of the old data, if still running, is stopped here
            List<String> requests = changing.transport().requests();
            int looked = requests.indexOf("GET gwc/rest/seed/" + WS + ":" + WS + ".json");
            int truncated = requests.indexOf("POST gwc/rest/masstruncate");
            assertTrue(looked >= 0 && looked < truncated, () -> "a data change looks for a running seeding before deleting tiles: " + requests);
        } finally {
            new TileCacheClient(deep.transport()).killTasks(WS + ":" + WS);
        }
    }

    private HttpResponse<byte[]> tile(String layer, String time) throws Exception {
        return Ows.get(wmts(layer, time, Z, COL, ROW));
    }

    private HttpResponse<byte[]> groupTile(String time) throws Exception {
        return Ows.get(wmts(WS, time, Z, COL, ROW));
    }

    /** The URL form the map page uses: GeoWebCache's WMTS, key-value pairs, TIME as yyyy-MM-dd. */
    private static String wmts(String layer, String time, int z, long col, long row) {
        return TestGeoServer.URL + "/gwc/service/wmts?service=WMTS&request=GetTile&version=1.0.0&layer=" + WS + ":" + layer
                + "&style=&tilematrixset=EPSG:900913&tilematrix=EPSG:900913:" + z + "&tilerow=" + row + "&tilecol=" + col
                + "&format=image/png" + (time == null ? "" : "&time=" + time);
    }

    private static int painted(HttpResponse<byte[]> response) throws Exception {
        assertEquals(200, response.statusCode(), () -> new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("image/png", response.headers().firstValue("Content-Type").orElse(""));
        return Ows.paintedPixels(ImageIO.read(new ByteArrayInputStream(response.body())));
    }

    private static String cacheResult(HttpResponse<byte[]> response) {
        return response.headers().firstValue("geowebcache-cache-result").orElse("none");
    }

    private void insertCheckpoint(String date, String name, double lon, double lat) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into " + SCHEMA + ".checkpoints"
                + " (report_date, checkpoint_name, address, kind, status, geom)"
                + " values (?::date, ?, 'Thành phố Lạng Sơn', 'Chốt cố định', 'Đang hoạt động', ST_SetSRID(ST_MakePoint(?, ?), 4326))")) {
            insert.setString(1, date);
            insert.setString(2, name);
            insert.setDouble(3, lon);
            insert.setDouble(4, lat);
            insert.executeUpdate();
        }
    }
}
