package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.PublishReport;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.layer.GeometryDefinition;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.postgis.Database;
import vn.covidmaps.postgis.ReaderRole;

/**
 * The whole publish as the CLI will run it: the real loader loads two daily reports (CSV sheets) into
 * PostGIS, then GeoServer is reconciled; WFS serves exactly the latest report and publishing the same
 * report again writes nothing, neither to the database nor to GeoServer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishEndToEndIT {
    private static final String WS = "covidmaps_e2e";
    private static final String SCHEMA = "it_e2e";

    private Settings settings;
    private LayerCatalog catalog;
    private Path reports;

    @BeforeAll
    void prepare() throws Exception {
        TestGeoServer.assumeReachable();
        catalog = LayerCatalog.load(Path.of("layers"));
        Path styles = TestGeoServer.writeStyles(Files.createTempDirectory("covidmaps-e2e-styles"), catalog);
        settings = TestGeoServer.settings(styles)
                .with(Setting.GEOSERVER_WORKSPACE, WS).with(Setting.GEOSERVER_LAYER_GROUP, WS)
                .with(Setting.GEOSERVER_NAMESPACE_URI, "https://covidmaps.vn/" + WS)
                .with(Setting.GEOSERVER_DATASTORE, WS + "_postgis")
                .with(Setting.DB_SCHEMA, SCHEMA).with(Setting.DB_META_SCHEMA, SCHEMA + "_meta");
        dropEverything();
        reports = Files.createTempDirectory("covidmaps-e2e-reports");
        writeReport("2021-06-01", "Chợ Đông Kinh,Phường Đông Kinh,Chốt cố định,01/06/2021,Đang hoạt động,21.8530,106.7610",
                "Chốt cầu Kỳ Lừa,Phường Hoàng Văn Thụ,Chốt cố định,01/06/2021,Đang hoạt động,21.8600,106.7700");
        writeReport("2021-06-02", "Chợ Đông Kinh,Phường Đông Kinh,Chốt cố định,01/06/2021,Đang hoạt động,21.8530,106.7610",
                "Chốt Tân Thanh,Xã Tân Thanh,Chốt lưu động,02/06/2021,Đang hoạt động,21.9200,106.6500");
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (settings != null && System.getenv("COVIDMAPS_IT_KEEP") == null) {
            dropEverything();
        }
    }

    @Test
    void publishingTwoReportsServesTheLatestAndRepublishingWritesNothing() throws Exception {
        publish("2021-06-01");
        publish("2021-06-02");

        JsonNode latest = Ows.getFeature(WS, WS + ":checkpoints_latest");
        Set<String> served = new TreeSet<>();
        latest.path("features").forEach(f -> served.add(f.path("properties").path("checkpoint_name").asText()));
        Set<String> inPostgis = new TreeSet<>();
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select checkpoint_name from it_e2e.checkpoints"
                     + " where report_date = (select max(report_date) from it_e2e.checkpoints)")) {
            while (rows.next()) {
                inPostgis.add(rows.getString(1));
            }
        }
        System.out.println("  e2e WFS checkpoints_latest: " + served);
        assertEquals(Set.of("Chợ Đông Kinh", "Chốt Tân Thanh"), inPostgis);
        assertEquals(inPostgis, served);

        PublishReport again = new Publisher(settings).publish(List.of(report("2021-06-02")), LocalDate.parse("2021-06-02"), false);
        assertNull(again.validation(), "the loader recognises the same files");
        try (Connection db = new Database(settings).connect()) {
            GeoServerPublisher geoserver = geoServer(db);
            ApplyResult result = geoserver.apply(Set.of());
            System.out.println("  e2e republish: " + geoserver.transport().requests().size() + " GeoServer reads, "
                    + result.writeRequests() + " writes");
            assertEquals(0, result.writeRequests());
            assertTrue(geoserver.status().layers().stream().allMatch(PublicationStatus.LayerStatus::served));
        }
    }

    /** What `covidmaps publish` does: load, make sure of the reader role, then reconcile GeoServer. */
    private void publish(String date) throws Exception {
        PublishReport loaded = new Publisher(settings).publish(List.of(report(date)), LocalDate.parse(date), false);
        assertTrue(loaded.dataChanged(), () -> "report " + date + " was not loaded: " + (loaded.validation() == null ? "same files" : loaded.validation().problems().errors()));
        try (Connection db = new Database(settings).connect()) {
            ReaderRole.from(settings, catalog).ensure(db);
            ApplyResult result = geoServer(db).apply(loaded.loaded().keySet());
            System.out.println("  e2e publish " + date + ": loaded " + loaded.loaded() + "; GeoServer " + result.applied().size()
                    + " changes, " + result.writeRequests() + " writes");
        }
    }

    private GeoServerPublisher geoServer(Connection db) {
        return GeoServerPublisher.from(settings, catalog).withDataExtents(new PostgisExtents(db, SCHEMA));
    }

    private Path report(String date) {
        return reports.resolve(date);
    }

    /** A report of CSV sheets: checkpoints with the given rows, every other sheet with its headers only. */
    private void writeReport(String date, String... checkpoints) throws Exception {
        Path directory = Files.createDirectories(report(date));
        Map<String, Set<String>> sheets = new LinkedHashMap<>();
        for (LayerDefinition layer : catalog.layers()) {
            Set<String> headers = sheets.computeIfAbsent(layer.source().sheet(), s -> new LinkedHashSet<>());
            layer.columns().forEach(c -> headers.add(c.headers().get(0)));
            GeometryDefinition geometry = layer.geometry();
            switch (geometry.type()) {
                case POINT -> headers.addAll(List.of(geometry.latitudeHeaders().get(0), geometry.longitudeHeaders().get(0)));
                case AREA -> headers.addAll(geometry.boundaryHeaders().subList(0, Math.min(1, geometry.boundaryHeaders().size())));
                case ADMIN_UNIT -> headers.add(geometry.codeHeaders().get(0));
            }
        }
        for (var sheet : sheets.entrySet()) {
            boolean isCheckpoints = sheet.getKey().equals(catalog.layer("checkpoints").source().sheet());
            String csv = String.join(",", sheet.getValue()) + "\n" + (isCheckpoints ? String.join("\n", checkpoints) + "\n" : "");
            Files.writeString(directory.resolve(sheet.getKey() + ".csv"), csv, StandardCharsets.UTF_8);
        }
        assertEquals("Tên chốt,Địa chỉ,Loại,Ngày lập,Trạng thái,Vĩ độ,Kinh độ",
                Files.readString(directory.resolve("Chốt kiểm soát.csv")).lines().findFirst().orElseThrow());
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
