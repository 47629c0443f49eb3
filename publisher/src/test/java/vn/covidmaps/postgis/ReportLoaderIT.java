package vn.covidmaps.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.TestDatabase;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.PublishResult;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.ingest.WorkbookException;

/** Publishing the sample reports into a real PostGIS: history by date, replacement, atomicity, privacy. */
class ReportLoaderIT {
    private static final Path JUNE_1 = Path.of("publisher/sample/bao-cao-2021-06-01");
    private static final Path JUNE_8 = Path.of("publisher/sample/bao-cao-2021-06-08.xlsx");
    private static final LocalDate D1 = LocalDate.of(2021, 6, 1);
    private static final LocalDate D8 = LocalDate.of(2021, 6, 8);

    /** Own schema per JVM, so parallel test runs on one database cannot meet. */
    private static final String SCHEMA = "it_loader_" + ProcessHandle.current().pid();
    private final Settings settings = TestDatabase.settings(SCHEMA);
    /** These tests are about the database half: GeoServer is not asked. */
    private static final boolean DATABASE_ONLY = true;
    private Publisher publisher;

    @BeforeEach
    void cleanDatabase() throws SQLException {
        TestDatabase.dropSchemas(settings);
        publisher = new Publisher(settings);
    }

    @Test
    void eachReportDateIsKeptAndReloadingADateReplacesExactlyItsRows() throws SQLException {
        PublishResult.Loaded first = assertInstanceOf(PublishResult.Loaded.class, publisher.publish(List.of(JUNE_1), D1, false, DATABASE_ONLY));
        assertTrue(first.validation().ok());
        assertEquals(DatabasePlan.Report.NEW, first.report());
        Map<String, Long> june1 = rowsByLayer(D1);
        assertEquals(first.loaded(), june1, "what publish says it loaded is what the tables hold");
        assertEquals(100, june1.get("patient_homes"));
        assertEquals(186, june1.get("visited_recent") + june1.get("visited_earlier"), "188 visits, 2 repeats loaded once");

        publisher.publish(List.of(JUNE_8), D8, false, DATABASE_ONLY);
        Map<String, Long> june8 = rowsByLayer(D8);
        assertEquals(130, june8.get("patient_homes"));
        assertEquals(june1, rowsByLayer(D1), "loading 08/06 leaves 01/06 alone");

        PublishResult.Loaded again = assertInstanceOf(PublishResult.Loaded.class, publisher.publish(List.of(JUNE_8), D8, true, DATABASE_ONLY));
        assertEquals(DatabasePlan.Report.REPLACE, again.report());
        assertEquals(june8, rowsByLayer(D8), "reloading a date replaces, never duplicates");
        assertEquals(june1, rowsByLayer(D1));
    }

    @Test
    void eachReportDateIsAPartitionSwappedInWholeAndNoStagingTableStays() throws SQLException {
        publisher.publish(List.of(JUNE_1), D1, false, DATABASE_ONLY);
        publisher.publish(List.of(JUNE_8), D8, false, DATABASE_ONLY);
        Map<String, Long> before = rowsByLayer(D8);
        publisher.publish(List.of(JUNE_8), D8, true, DATABASE_ONLY);

        assertEquals(before, rowsByLayer(D8));
        for (String layer : layers()) {
            assertEquals(List.of(layer + "__20210601", layer + "__20210608"), strings(
                    "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                    + " WHERE i.inhparent = '" + SCHEMA + "." + layer + "'::regclass ORDER BY 1"));
        }
        assertEquals(1L, single("SELECT (count(DISTINCT fid) = count(*) AND min(fid) = 1 AND max(fid) = count(*))::int FROM "
                + SCHEMA + ".visited_recent WHERE report_date = '" + D8 + "'"), "fid numbers the rows of a date");
        assertNoStagingTables();
    }

    /** The publisher lock spans the whole load, across its connections: two publishers take turns, and both dates land. */
    @Test
    @Timeout(120)
    void twoPublishersAtOnceTakeTurns() throws Exception {
        Publisher other = new Publisher(settings);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<PublishResult> first = pool.submit(() -> publisher.publish(List.of(JUNE_1), D1, false, DATABASE_ONLY));
            Future<PublishResult> second = pool.submit(() -> other.publish(List.of(JUNE_8), D8, false, DATABASE_ONLY));
            assertFalse(assertInstanceOf(PublishResult.Loaded.class, first.get()).loaded().isEmpty());
            assertFalse(assertInstanceOf(PublishResult.Loaded.class, second.get()).loaded().isEmpty());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(expectedRows(JUNE_1, D1), rowsByLayer(D1));
        assertEquals(expectedRows(JUNE_8, D8), rowsByLayer(D8));
        assertNoStagingTables();
    }

    /**
     * A table as earlier versions made it, one table for all dates with its own key and indexes, is
     * turned into partitions by the next publish, keeping its history; a column no longer published goes.
     */
    @Test
    void aTableFromBeforePartitioningIsPartitionedKeepingItsHistory() throws SQLException {
        publisher.publish(List.of(JUNE_1), D1, false, DATABASE_ONLY);
        Map<String, Long> june1 = rowsByLayer(D1);
        String table = SCHEMA + ".checkpoints";
        execute("CREATE TABLE " + SCHEMA + ".checkpoints_copy AS SELECT * FROM " + table);
        execute("DROP TABLE " + table);
        execute("ALTER TABLE " + SCHEMA + ".checkpoints_copy RENAME TO checkpoints");
        execute("ALTER TABLE " + table + " ADD COLUMN retired text DEFAULT 'x', ADD PRIMARY KEY (fid)");
        execute("CREATE INDEX checkpoints_geom_idx ON " + table + " USING gist (geom)");
        execute("CREATE INDEX checkpoints_date_idx ON " + table + " (report_date)");
        assertTrue(publisher.planDatabase(List.of(JUNE_8), D8).tables().stream()
                .anyMatch(t -> t.table().equals("checkpoints") && t.details().contains(LayerTable.PARTITION)));

        publisher.publish(List.of(JUNE_8), D8, false, DATABASE_ONLY);
        assertEquals(june1, rowsByLayer(D1), "the history is kept");
        assertTrue(rowsByLayer(D8).get("checkpoints") > 0);
        assertEquals(List.of("checkpoints__20210601", "checkpoints__20210608"), strings(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '" + table + "'::regclass ORDER BY 1"));
        assertEquals(0L, single("SELECT count(*) FROM information_schema.columns WHERE table_schema = '" + SCHEMA
                + "' AND table_name = 'checkpoints' AND column_name = 'retired'"));
        assertEquals(List.of(), strings("SELECT tablename FROM pg_tables WHERE schemaname = '" + SCHEMA + "' AND tablename LIKE '%unpartitioned'"));
    }

    /** A column whose type no longer matches the layer file cannot be fixed automatically: refused before reading, nothing changes. */
    @Test
    void aColumnOfAnotherTypeIsRefusedBeforeAnythingIsLoaded() throws SQLException {
        publisher.publish(List.of(JUNE_1), D1, false, DATABASE_ONLY);
        Map<String, Long> june1 = rowsByLayer(D1);
        execute("ALTER TABLE " + SCHEMA + ".checkpoints ALTER COLUMN status TYPE varchar(200)");

        CovidMapsException refused = assertThrows(CovidMapsException.class, () -> publisher.publish(List.of(JUNE_8), D8, false, DATABASE_ONLY));
        assertEquals(ErrorCode.TABLE_CONFLICT, refused.code());
        assertTrue(refused.getMessage().contains(SCHEMA + ".checkpoints.status is character varying but the layer declares text"),
                refused.getMessage());
        assertEquals(june1, rowsByLayer(D1));
        assertEquals(0L, rowsByLayer(D8).values().stream().mapToLong(Long::longValue).sum());
        assertNoStagingTables();
    }

    @Test
    void theSameFilesForTheSameDateAreRecognisedAndNotLoadedAgain() throws SQLException {
        publisher.publish(List.of(JUNE_8), D8, false, DATABASE_ONLY);
        long maxFid = single("SELECT max(fid) FROM " + SCHEMA + ".patient_homes");
        PublishResult.Skipped again = assertInstanceOf(PublishResult.Skipped.class, publisher.publish(List.of(JUNE_8), D8, false, DATABASE_ONLY));
        assertEquals(D8, again.reportDate());
        assertEquals(maxFid, single("SELECT max(fid) FROM " + SCHEMA + ".patient_homes"), "no row was rewritten");
        assertEquals(DatabasePlan.Report.UNCHANGED, publisher.planDatabase(List.of(JUNE_8), D8).report());
    }

    @Test
    void aWorkbookWithErrorsChangesNothing(@TempDir Path dir) throws IOException, SQLException {
        publisher.publish(List.of(JUNE_1), D1, false, DATABASE_ONLY);
        Map<String, Long> before = rowsByLayer(D1);
        Path broken = copyOf(JUNE_1, dir);
        Path itinerary = broken.resolve("Lịch trình.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(itinerary));
        lines.set(5, lines.get(5).replaceFirst(",(\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}),", ",31/02/2021,"));
        Files.write(itinerary, lines);

        PublishResult.Rejected result = assertInstanceOf(PublishResult.Rejected.class, publisher.publish(List.of(broken), D1, true, DATABASE_ONLY));
        assertFalse(result.validation().ok());
        assertTrue(result.validation().problems().errors().get(0).english().contains("Lịch trình › row 6"),
                result.validation().problems().errors().get(0).english());
        // rejected: nothing loaded
        assertEquals(before, rowsByLayer(D1));
        assertNoStagingTables();
    }

    /** PostgreSQL refuses U+0000 in text: caught while checking, with the row and column, not as a database error. */
    @Test
    void aNulCharacterInATextCellIsARowErrorAndChangesNothing(@TempDir Path dir) throws IOException, SQLException {
        publisher.publish(List.of(JUNE_1), D1, false, DATABASE_ONLY);
        Map<String, Long> before = rowsByLayer(D1);
        Path broken = copyOf(JUNE_1, dir);
        Path itinerary = broken.resolve("Lịch trình.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(itinerary));
        lines.set(2, lines.get(2).replaceFirst("^(BN\\d+,)", "$1\u0000"));
        Files.write(itinerary, lines);

        PublishResult.Rejected result = assertInstanceOf(PublishResult.Rejected.class, publisher.publish(List.of(broken), D1, true, DATABASE_ONLY));
        assertFalse(result.validation().ok());
        String error = result.validation().problems().errors().get(0).english();
        assertTrue(error.contains("Lịch trình › row 3") && error.contains("Tên địa điểm") && error.contains("NUL"), error);
        assertTrue(error.contains("(\u2400") && !error.contains("\u0000"), "the NUL is shown as ␀: " + error);
        assertEquals(before, rowsByLayer(D1));
        assertNoStagingTables();
    }

    /**
     * A file that turns out unreadable after thousands of rows were already streamed into COPY: the
     * open COPY is abandoned, nothing changes, and the next publish is not blocked by a leftover lock.
     */
    @Test
    @Timeout(120) // a leaked lock would make the second publish wait for ever
    void aFileDamagedAfterRowsWereStreamedChangesNothing(@TempDir Path dir) throws IOException, SQLException {
        publisher.publish(List.of(JUNE_1), D1, false, DATABASE_ONLY);
        Map<String, Long> before = rowsByLayer(D1);
        Path damaged = copyOf(JUNE_1, dir);
        Path itinerary = damaged.resolve("Lịch trình.csv");
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 3_000; i++) {
            rows.append("BN3374,Điểm tra cứu số ").append(i).append(",\"Phường Vĩnh Trại, TP Lạng Sơn\",2021-05-30,,,21.8503,106.7671\n");
        }
        Files.writeString(itinerary, rows, StandardOpenOption.APPEND);
        Files.write(itinerary, new byte[] {'B', 'N', (byte) 0xC3, (byte) 0x28, ',', '\n'}, StandardOpenOption.APPEND);

        WorkbookException failure = assertThrows(WorkbookException.class, () -> publisher.publish(List.of(damaged), D1, true, DATABASE_ONLY));
        assertTrue(failure.getMessage().contains("Lịch trình.csv") && failure.getMessage().contains("UTF-8"), failure.getMessage());
        assertEquals(before, rowsByLayer(D1));
        assertFalse(assertInstanceOf(PublishResult.Loaded.class, publisher.publish(List.of(JUNE_1), D1, true, DATABASE_ONLY)).loaded().isEmpty(), "the schema's lock was released");
        assertEquals(before, rowsByLayer(D1));
        assertNoStagingTables();
    }

    /**
     * A constraint the new rows break fails the swap when that layer is attached: checkpoints, swapped in
     * last, after the six others; or either itinerary layer, the two loaded side by side. Every layer is
     * rolled back.
     */
    @ParameterizedTest
    @ValueSource(strings = {"checkpoints", "visited_recent", "visited_earlier"})
    void aDatabaseFailureInAnyLayerRollsBackEveryLayer(String layer) throws SQLException {
        publisher.publish(List.of(JUNE_1), D1, false, DATABASE_ONLY);
        Map<String, Long> before = rowsByLayer(D1);
        execute("ALTER TABLE " + SCHEMA + "." + layer + " ADD CONSTRAINT no_new_rows CHECK (report_date < '2021-06-01') NOT VALID");
        try {
            DatabaseException failure = assertThrows(DatabaseException.class, () -> publisher.publish(List.of(JUNE_1), D1, true, DATABASE_ONLY));
            assertTrue(failure.getMessage().contains("nothing was changed") && failure.getMessage().contains("no_new_rows"),
                    failure.getMessage());
        } finally {
            execute("ALTER TABLE " + SCHEMA + "." + layer + " DROP CONSTRAINT IF EXISTS no_new_rows");
        }
        assertEquals(before, rowsByLayer(D1));
        assertNoStagingTables();
    }

    @Test
    void noNamePhoneOrIdNumberReachesAnyTable() throws IOException, SQLException {
        publisher.publish(List.of(JUNE_1), D1, false, DATABASE_ONLY);
        List<String> personal = personalValues(JUNE_1.resolve("Ca bệnh.csv"));
        assertTrue(personal.size() >= 250, "the sample carries names, phones and ID numbers");
        try (Connection db = new Database(settings).connect()) {
            for (String layer : layers()) {
                try (PreparedStatement query = db.prepareStatement(
                        "SELECT count(*) FROM " + SCHEMA + "." + layer + " t WHERE strpos(t::text, ?) > 0")) {
                    for (String value : personal) {
                        query.setString(1, value);
                        try (ResultSet rows = query.executeQuery()) {
                            rows.next();
                            assertEquals(0, rows.getLong(1), layer + " holds personal data " + value);
                        }
                    }
                }
            }
            try (Statement sql = db.createStatement(); ResultSet columns = sql.executeQuery(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = '" + SCHEMA + "' AND table_name = 'patient_homes'")) {
                List<String> names = new ArrayList<>();
                while (columns.next()) {
                    names.add(columns.getString(1));
                }
                assertEquals(List.of("fid", "report_date", "case_code", "confirmed_on", "status", "address", "commune", "district", "geom"), names);
            }
        }
    }

    @Test
    void geometriesAreIndexedWgs84AndCirclesHaveTheirRadiusInMetres() throws SQLException {
        publisher.publish(List.of(JUNE_1), D1, false, DATABASE_ONLY);
        for (String layer : layers()) {
            assertEquals(4326L, single("SELECT DISTINCT ST_SRID(geom) FROM " + SCHEMA + "." + layer));
            assertEquals(1L, single("SELECT count(*) FROM pg_indexes WHERE schemaname = '" + SCHEMA + "' AND tablename = '" + layer
                    + "' AND indexdef LIKE '%USING gist (geom)%'"));
            assertEquals(1L, single("SELECT count(*) FROM pg_indexes WHERE schemaname = '" + SCHEMA + "' AND tablename = '" + layer
                    + "' AND indexdef LIKE '%(report_date)%'"));
        }
        // the sample's zone "thôn Làng Cái" is a 1000 m circle: π·1000² m² (within 0.5 % for 64 segments)
        assertEquals(1L, single("SELECT count(*) FROM " + SCHEMA + ".isolation_zones WHERE zone_name LIKE '%thôn Làng Cái%'"
                + " AND abs(ST_Area(geom::geography) / (pi() * 1000 * 1000) - 1) < 0.005"));
        assertEquals(11L, single("SELECT count(*) FROM " + SCHEMA + ".risk_areas WHERE unit_level = 'huyện' AND risk_level BETWEEN 1 AND 4"));
        assertEquals(0L, single("SELECT count(*) FROM " + SCHEMA + ".patient_homes WHERE NOT ST_Intersects(geom,"
                + " ST_MakeEnvelope(106.0, 21.3, 107.4, 22.5, 4326))"), "every home lies in Lạng Sơn's box");
    }

    @org.junit.jupiter.api.AfterAll
    static void dropSchemas() throws SQLException {
        TestDatabase.dropSchemas(TestDatabase.settings(SCHEMA));
    }

    private List<String> layers() {
        return publisher.catalog().layers().stream().map(l -> l.name()).toList();
    }

    private Map<String, Long> rowsByLayer(LocalDate date) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String layer : layers()) {
            counts.put(layer, single("SELECT count(*) FROM " + SCHEMA + "." + layer + " WHERE report_date = '" + date + "'"));
        }
        return counts;
    }

    /** The rows per layer the report has, as validation counts them. */
    private Map<String, Long> expectedRows(Path report, LocalDate date) {
        return new TreeMap<>(publisher.validate(List.of(report), date).counts());
    }

    private void assertNoStagingTables() throws SQLException {
        assertEquals(List.of(), strings("SELECT tablename FROM pg_tables WHERE schemaname = '" + SCHEMA + "_meta' AND tablename LIKE '%\\_\\_load'"));
    }

    private List<String> strings(String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }

    private long single(String query) throws SQLException {
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String statement) throws SQLException {
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement()) {
            sql.execute(statement);
        }
    }

    private static List<String> personalValues(Path cases) throws IOException {
        List<String> values = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(cases, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                for (String column : List.of("Họ tên", "Số điện thoại", "CCCD/CMND")) {
                    if (!row.get(column).isBlank()) {
                        values.add(row.get(column).strip());
                    }
                }
            }
        }
        return values;
    }

    private static Path copyOf(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
        }
        return target;
    }
}
