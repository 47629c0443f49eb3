package vn.covidmaps.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.TestDatabase;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.OpenDataOutcome;
import vn.covidmaps.engine.PublishResult;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.postgis.Database;

/**
 * The open-data copy of the two sample reports, in a real PostGIS (schema it_opendata), read back with GDAL: every
 * date's files with the published columns only, a catalog that tells the truth about them, a re-run that changes
 * no byte, a replaced date that leaves the other alone, a failed export that leaves everything as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenDataExportIT {
    private static final Path SAMPLES = Path.of("publisher", "sample");
    private static final String NAME = "Chốt kiểm soát cửa ngõ QL1A xã Tân Thành";
    private static final Pattern POINT = Pattern.compile("POINT \\(([-0-9.]+) ([-0-9.]+)\\)");

    @TempDir
    static Path out;
    private Settings settings;
    private Publisher publisher;
    private PublishResult june1;
    private PublishResult june8;

    @BeforeAll
    void publishBothSamplesIntoPostgis() throws Exception {
        settings = TestDatabase.settings("it_opendata").with(Setting.OPENDATA_DIR, out.resolve("open").toString());
        TestDatabase.dropSchemas(settings);
        publisher = new Publisher(settings);
        june1 = publisher.publish(List.of(SAMPLES.resolve("bao-cao-2021-06-01.xlsx")), LocalDate.parse("2021-06-01"), false, true);
        june8 = publisher.publish(List.of(SAMPLES.resolve("bao-cao-2021-06-08.xlsx")), LocalDate.parse("2021-06-08"), false, true);
    }

    /** What a publish did to the open-data copy: it exports each report as it is loaded. */
    private static OpenDataExport.Result exported(PublishResult result) {
        return assertInstanceOf(OpenDataOutcome.Exported.class, result.openData(), "publish exports the open data").result();
    }

    @AfterAll
    void drop() throws Exception {
        if (System.getenv("COVIDMAPS_IT_KEEP") == null) {
            TestDatabase.dropSchemas(settings);
        }
    }

    private Path root() {
        return out.resolve("open");
    }

    @Test
    @Order(1)
    void everyDateGetsItsFilesAndTheCatalogTellsTheirRowsAndFingerprints() throws Exception {
        assertEquals(List.of(LocalDate.parse("2021-06-01")), exported(june1).written());
        assertEquals(List.of(LocalDate.parse("2021-06-08")), exported(june8).written());
        assertEquals(List.of(LocalDate.parse("2021-06-01")), exported(june8).unchanged(), "the earlier date is left as it is");
        JsonNode catalog = catalog();
        assertEquals("CC-BY-4.0", catalog.path("licence").asText());
        assertEquals(2, catalog.path("dates").size());
        for (JsonNode date : catalog.path("dates")) {
            String day = date.path("report_date").asText();
            assertEquals(publisher.catalog().layers().size(), date.path("layers").size());
            for (JsonNode layer : date.path("layers")) {
                long rows = count("select count(*) from it_opendata." + layer.path("name").asText() + " where report_date = '" + day + "'");
                assertEquals(rows, layer.path("rows").asLong(), day + " " + layer.path("name").asText());
                assertEquals("CC-BY-4.0", layer.path("licence").asText());
                for (JsonNode file : layer.path("files")) {
                    checkFile(file);
                }
            }
            checkFile(date.path("geopackage"));
            assertEquals(day + "/covidmaps-" + day + ".gpkg", date.path("geopackage").path("path").asText(), "a stable path per date");
        }
        System.out.println("  open data: " + catalog.path("dates").size() + " dates, " + files().size() + " files");
    }

    @Test
    @Order(2)
    void onlyThePublishedColumnsReachTheFiles() throws Exception {
        for (LayerDefinition layer : publisher.catalog().layers()) {
            List<String> published = new ArrayList<>(List.of("fid", "report_date"));
            layer.attributes().stream().map(Attribute::name).forEach(published::add);
            List<String> csvColumns = new ArrayList<>(published);
            csvColumns.addAll(List.of("longitude", "latitude"));
            String csv = Files.readString(root().resolve("2021-06-08/" + layer.name() + ".csv"), StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark, so Excel reads UTF-8");
            assertEquals(String.join(",", csvColumns), csv.substring(1, csv.indexOf("\r\n")), layer.name());
            JsonNode geojson = new ObjectMapper().readTree(root().resolve("2021-06-08/" + layer.name() + ".geojson").toFile());
            for (JsonNode feature : geojson.path("features")) {
                List<String> keys = new ArrayList<>();
                feature.path("properties").fieldNames().forEachRemaining(keys::add);
                assertEquals(published, keys, layer.name());
            }
        }
    }

    @Test
    @Order(3)
    void gdalReadsTheVietnameseNameAndPositionFromEveryFormat() throws Exception {
        if (!gdal()) {
            return;
        }
        double[] position = point();
        Path day = root().resolve("2021-06-08");
        Map<String, List<String>> sources = Map.of(
                "geojson", List.of(day.resolve("checkpoints.geojson").toString()),
                "csv", List.of("-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude", day.resolve("checkpoints.csv").toString()),
                "geopackage", List.of(day.resolve("covidmaps-2021-06-08.gpkg").toString(), "checkpoints"));
        for (Map.Entry<String, List<String>> source : sources.entrySet()) {
            List<String> command = new ArrayList<>(List.of("ogrinfo", "-ro", "-al", "-q"));
            command.addAll(source.getValue());
            String feature = feature(run(command), source.getKey());
            Matcher point = POINT.matcher(feature);
            assertTrue(point.find(), source.getKey() + ": " + feature);
            System.out.printf("  GDAL open data %-10s %s at POINT (%s %s)%n", source.getKey(), NAME, point.group(1), point.group(2));
            assertEquals(position[0], Double.parseDouble(point.group(1)), 1e-6, source.getKey() + " longitude");
            assertEquals(position[1], Double.parseDouble(point.group(2)), 1e-6, source.getKey() + " latitude");
        }
        String layers = run(List.of("ogrinfo", "-ro", "-q", day.resolve("covidmaps-2021-06-08.gpkg").toString()));
        for (LayerDefinition layer : publisher.catalog().layers()) {
            assertTrue(layers.contains(": " + layer.name() + " ("), "the GeoPackage has " + layer.name() + ": " + layers);
        }
        String dates = run(List.of("ogrinfo", "-ro", "-so", day.resolve("covidmaps-2021-06-08.gpkg").toString(), "checkpoints"));
        assertTrue(dates.contains("established_on: Date"), "a date column: " + dates);
    }

    @Test
    @Order(4)
    void aRerunChangesNoByteAndReplacingADateLeavesTheOtherAlone() throws Exception {
        Map<Path, FileTime> before = times();
        byte[] catalog = Files.readAllBytes(root().resolve("catalog.json"));
        OpenDataExport.Result again = publisher.exportOpenData().orElseThrow();
        assertEquals(List.of(), again.written());
        assertEquals(before, times(), "nothing rewritten");
        assertEquals(new String(catalog, StandardCharsets.UTF_8), Files.readString(root().resolve("catalog.json")));

        OpenDataExport.Result replaced = exported(
                publisher.publish(List.of(SAMPLES.resolve("bao-cao-2021-06-08.xlsx")), LocalDate.parse("2021-06-08"), true, true));
        assertEquals(List.of(LocalDate.parse("2021-06-08")), replaced.written(), "the reloaded date only");
        Map<Path, FileTime> after = times();
        before.forEach((file, time) -> {
            if (file.startsWith(root().resolve("2021-06-01"))) {
                assertEquals(time, after.get(file), file + " of the earlier report untouched");
            }
        });
    }

    @Test
    @Order(5)
    void aFailedExportLeavesTheFilesAndTheCatalogAsTheyWere() throws Exception {
        Map<Path, FileTime> before = times();
        byte[] catalog = Files.readAllBytes(root().resolve("catalog.json"));
        sql("UPDATE it_opendata_meta.reports SET fingerprint = 'reloaded' WHERE report_date = '2021-06-08'");
        sql("ALTER TABLE it_opendata.checkpoints RENAME TO checkpoints_away");
        try {
            assertThrows(RuntimeException.class, () -> publisher.exportOpenData());
        } finally {
            sql("ALTER TABLE it_opendata.checkpoints_away RENAME TO checkpoints");
        }
        assertEquals(before, times(), "no file replaced");
        assertEquals(new String(catalog, StandardCharsets.UTF_8), Files.readString(root().resolve("catalog.json")));
        try (Stream<Path> left = Files.list(root())) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".staging")), "no staging directory left");
        }
        assertEquals(List.of(LocalDate.parse("2021-06-08")), publisher.exportOpenData().orElseThrow().written(), "caught up");
    }

    @Test
    @Order(6)
    void aReportNoLongerInPostgisIsRemovedFromTheCopy() throws Exception {
        // retract exports too: the retracted report leaves the copy at once
        OpenDataExport.Result result = assertInstanceOf(OpenDataOutcome.Exported.class,
                publisher.retract(LocalDate.parse("2021-06-01"), true, true).openData()).result();
        assertEquals(List.of(LocalDate.parse("2021-06-01")), result.removed());
        assertFalse(Files.exists(root().resolve("2021-06-01")));
        assertEquals(1, catalog().path("dates").size());
        assertEquals("2021-06-08", catalog().path("dates").path(0).path("report_date").asText());
    }

    private JsonNode catalog() throws IOException {
        return new ObjectMapper().readTree(root().resolve("catalog.json").toFile());
    }

    private void checkFile(JsonNode file) throws IOException {
        Path path = root().resolve(file.path("path").asText());
        assertTrue(Files.isRegularFile(path), path.toString());
        assertEquals(Files.size(path), file.path("bytes").asLong(), path.toString());
        assertEquals(AtomicFiles.sha256(path), file.path("sha256").asText(), path.toString());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".lock")).sorted().toList();
        }
    }

    private Map<Path, FileTime> times() throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        for (Path file : files()) {
            times.put(file, Files.getLastModifiedTime(file));
        }
        return times;
    }

    private double[] point() throws Exception {
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select ST_X(geom), ST_Y(geom) from it_opendata.checkpoints where report_date = '2021-06-08'"
                     + " and checkpoint_name = '" + NAME + "'")) {
            assertTrue(rows.next());
            return new double[] {rows.getDouble(1), rows.getDouble(2)};
        }
    }

    private long count(String query) throws Exception {
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement()) {
            sql.execute(statement);
        }
    }

    private static String feature(String ogrinfo, String format) {
        for (String block : ogrinfo.split("OGRFeature\\(")) {
            if (block.contains("= " + NAME + "\n")) {
                return block;
            }
        }
        throw new AssertionError(format + ": GDAL reads no feature named " + NAME + ":\n" + ogrinfo.substring(0, Math.min(1500, ogrinfo.length())));
    }

    private static boolean gdal() {
        try {
            run(List.of("ogrinfo", "--version"));
            return true;
        } catch (IOException | RuntimeException | InterruptedException e) {
            System.out.println("*** SKIPPED: GDAL tests of the open-data copy — Debian's gdal-bin (ogrinfo) is not installed ***");
            return false;
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + output);
        }
        return output;
    }
}
