package vn.covidmaps.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.TestDatabase;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.PublishResult;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.privacy.ExactLayers;

/**
 * What PostGIS keeps of the homes: a table of exact points left by an earlier version is replaced by the
 * next publish, not kept; no schema the publisher uses then holds a point near a true home; retention.days
 * deletes old reports; and a publish without privacy.key is refused before anything is written.
 */
class PrivacyStorageIT {
    private static final String SCHEMA = "it_privacy_storage";
    private static final String RETENTION = "it_privacy_retention";
    private static final Path SAMPLES = Path.of("publisher", "sample");
    private static final LocalDate JUNE_1 = LocalDate.of(2021, 6, 1);
    private static final LocalDate JUNE_8 = LocalDate.of(2021, 6, 8);
    /** The points of one table (its own rows: a partitioned table is counted through its partitions) within 2 m of a true home. */
    private static final String NEAR_HOMES = """
            SELECT count(*) FROM homes h JOIN (SELECT (ST_DumpPoints(%2$s)).geom p FROM ONLY %1$s) d
            ON ST_DWithin(d.p::geography, h.g::geography, 2)""";

    @TempDir
    static Path dir;

    private static PublishResult publish(Settings settings, LocalDate date) {
        return new Publisher(settings).publish(List.of(SAMPLES.resolve("bao-cao-" + date + ".xlsx")), date, false, true);
    }

    private static boolean loaded(PublishResult result) {
        return result instanceof PublishResult.Loaded;
    }

    @Test
    void aTableOfExactHomesFromAnEarlierVersionIsReplacedAndNoPointNearAHomeStaysAnywhere() throws Exception {
        Settings settings = TestDatabase.settings(SCHEMA);
        TestDatabase.dropSchemas(settings);
        // what an earlier version left: the homes of 01/06 as exact points, in their partition
        Settings earlier = settings.with(Setting.LAYERS_DIR, ExactLayers.write(dir.resolve("exact")).toString());
        assertTrue(loaded(publish(earlier, JUNE_1)));
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement()) {
            // the true homes, only in this session's memory from here on
            sql.execute("CREATE TEMPORARY TABLE homes AS SELECT case_code, geom g FROM " + SCHEMA + ".patient_homes");
            assertEquals(100L, single(sql, "SELECT count(*) FROM homes"));
            assertEquals(100L, nearHomes(sql), "the scan finds exact points where there are some");

            DatabasePlan plan = new Publisher(settings).planDatabase(List.of(SAMPLES.resolve("bao-cao-2021-06-08.xlsx")), JUNE_8);
            TableChange homes = plan.tables().stream().filter(t -> t.table().equals("patient_homes")).findFirst().orElseThrow();
            assertEquals(List.of(LayerTable.REPLACE_EXACT), homes.details(), "plan tells the operator");
            assertTrue(plan.conflicts().isEmpty(), plan.conflicts().toString());

            assertTrue(loaded(publish(settings, JUNE_8)));
            assertEquals("MULTIPOLYGON", single(sql, "SELECT upper(type) FROM geometry_columns WHERE f_table_schema = '" + SCHEMA
                    + "' AND f_table_name = 'patient_homes'"));
            assertEquals(130L, single(sql, "SELECT count(*) FROM " + SCHEMA + ".patient_homes WHERE report_date = '2021-06-08'"));
            assertEquals(0L, single(sql, "SELECT count(*) FROM " + SCHEMA + ".patient_homes WHERE report_date = '2021-06-01'"),
                    "the exact 01/06 homes are gone, not converted");
            assertEquals(25L, single(sql, "SELECT count(*) FROM " + SCHEMA + ".checkpoints WHERE report_date = '2021-06-01'"),
                    "the other layers keep their history");
            assertEquals(0L, nearHomes(sql));
            // every home lies in its case's area
            assertEquals(100L, single(sql, "SELECT count(*) FROM homes h JOIN " + SCHEMA + ".patient_homes p ON p.case_code = h.case_code"
                    + " WHERE ST_Contains(p.geom, h.g)"));
        }
    }

    @Test
    void retentionDaysDeletesOldReportsAndRefusesToPublishOneOlderThanItKeeps() throws Exception {
        Settings settings = TestDatabase.settings(RETENTION).with(Setting.RETENTION_DAYS, "5");
        TestDatabase.dropSchemas(settings);
        assertTrue(publish(settings, JUNE_1).retention().dates().isEmpty());
        PublishResult june8 = publish(settings, JUNE_8);
        assertNotNull(june8.retention());
        assertEquals(java.util.Set.of(JUNE_1), june8.retention().reportDates());
        assertEquals(7, june8.retention().layers().size(), "every layer lost 01/06");
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement()) {
            assertEquals(0L, single(sql, "SELECT count(*) FROM information_schema.tables WHERE table_schema LIKE '" + RETENTION
                    + "%' AND table_name LIKE '%__20210601'"));
            assertEquals(0L, single(sql, "SELECT count(*) FROM " + RETENTION + "_meta.reports WHERE report_date = '2021-06-01'"));
            assertTrue(single(sql, "SELECT count(*) FROM " + RETENTION + "_meta.geoserver_pending") instanceof Long pending && pending >= 7,
                    "GeoServer clears the layers' tiles at the next publish");
        }
        ConfigurationException tooOld = assertThrows(ConfigurationException.class, () -> publish(settings, JUNE_1));
        assertTrue(tooOld.getMessage().contains("older than retention.days (5 days)"), tooOld.getMessage());
    }

    @Test
    void withoutPrivacyKeyNothingIsPublished() throws Exception {
        Settings settings = TestDatabase.settings(SCHEMA + "_nokey").with(Setting.PRIVACY_KEY, "");
        TestDatabase.dropSchemas(settings);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> publish(settings, JUNE_1));
        assertTrue(e.getMessage().startsWith("the layer patient_homes (layers/patient_homes.yaml) publishes each home as an area"),
                e.getMessage());
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement()) {
            assertEquals(0L, single(sql, "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '" + SCHEMA + "_nokey'"));
        }
        assertEquals(0, new Publisher(settings).validate(List.of(SAMPLES.resolve("bao-cao-2021-06-01.xlsx")), JUNE_1)
                .problems().errorCount(), "validate needs no key: it publishes nothing");
    }

    private static long nearHomes(Statement sql) throws SQLException {
        long near = 0;
        List<String[]> columns = new java.util.ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT table_schema, table_name, column_name FROM information_schema.columns"
                + " WHERE udt_name = 'geometry' AND table_schema IN ('" + SCHEMA + "', '" + SCHEMA + "_meta')")) {
            while (rows.next()) {
                columns.add(new String[] {rows.getString(1) + "." + rows.getString(2), rows.getString(3)});
            }
        }
        assertTrue(columns.size() >= 14, "the layer tables and their partitions");
        for (String[] column : columns) {
            near += (Long) single(sql, NEAR_HOMES.formatted(column[0], column[1]));
        }
        return near;
    }

    private static Object single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getObject(1);
        }
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        for (String schema : List.of(SCHEMA, RETENTION, SCHEMA + "_nokey")) {
            TestDatabase.dropSchemas(TestDatabase.settings(schema));
        }
    }
}
