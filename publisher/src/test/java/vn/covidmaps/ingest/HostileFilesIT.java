package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.TestDatabase;
import vn.covidmaps.config.Settings;
import vn.covidmaps.postgis.Database;

/**
 * Hostile files, generated in a temporary directory, given to `covidmaps validate` and `publish` in a
 * separate JVM limited to -Xmx512m, as an operator would run them: each ends with exit code 1 and one
 * sentence naming the file, within a bound of two minutes on a shared machine (a safety bound, not a performance target: the run prints the seconds each command took), and
 * publish leaves PostGIS as it was.
 */
class HostileFilesIT {
    private static final String SCHEMA = "it_hostile_" + ProcessHandle.current().pid();
    private static final Path SMALL = Path.of("publisher/src/test/resources/reports/small");
    private static final long BOUND_SECONDS = 120;
    private static final Settings SETTINGS = TestDatabase.settings(SCHEMA);
    @TempDir
    static Path dir;
    private static Path config;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void publishAReportFirst() throws Exception {
        TestDatabase.dropSchemas(SETTINGS);
        config = TestDatabase.writeConfig(dir, SETTINGS);
        Run first = covidmaps("publish", SMALL.toString(), "-d", "2021-06-08", "--database-only", "-c", config.toString());
        assertEquals(0, first.exit(), first.err());
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        TestDatabase.dropSchemas(SETTINGS);
    }

    @Test
    void aZipBombWithOneHugeCellIsRefused() throws Exception {
        Path bomb = HostileFiles.zipBomb(dir, 1024);
        assertRefused(bomb, "bomb.xlsx: the part xl/worksheets/sheet1.xml unpacks to more than 100 times its packed size");
    }

    @Test
    void nestedAndExternalEntitiesAreRefused() throws Exception {
        assertRefused(HostileFiles.nestedEntities(dir), "laughs.xlsx: the part xl/worksheets/sheet1.xml declares XML entities");
        assertRefused(HostileFiles.externalEntity(dir), "external.xlsx: the part xl/worksheets/sheet1.xml declares XML entities");
    }

    @Test
    void aRowWiderThanExcelIsRefused() throws Exception {
        assertRefused(HostileFiles.tooManyColumns(dir), "wide.xlsx › Ca bệnh › row 2: the row has more than 16384 columns");
    }

    @Test
    void aCsvWithOne200MegabyteLineIsRefused() throws Exception {
        Path report = Files.createDirectories(dir.resolve("long-line"));
        try (Stream<Path> files = Files.list(SMALL)) {
            for (Path file : files.toList()) {
                Files.copy(file, report.resolve(file.getFileName().toString()));
            }
        }
        HostileFiles.csvWithLongLine(report.resolve("Ca bệnh.csv"), 200);
        assertRefused(report, "Ca bệnh.csv › line 2: the line is longer than 8388608 characters");
    }

    /** Both commands: exit 1, one line on stderr with the sentence, and the database as it was. */
    private static void assertRefused(Path file, String sentence) throws Exception {
        Run validate = covidmaps("validate", file.toString(), "-d", "2021-06-08");
        assertEquals(1, validate.exit(), validate.err());
        assertEquals("covidmaps: ", validate.err().substring(0, Math.min(11, validate.err().length())), validate.err());
        assertTrue(validate.err().contains(sentence), validate.err());
        assertEquals(1, validate.err().strip().lines().count(), validate.err());

        Map<String, String> before = tableRows();
        Run publish = covidmaps("publish", file.toString(), "-d", "2021-06-08", "--database-only", "-c", config.toString());
        assertEquals(1, publish.exit(), publish.err());
        assertTrue(publish.err().contains(sentence), publish.err());
        assertEquals(before, tableRows(), "publish of a hostile file changes nothing in PostGIS");
    }

    /** Runs the tool in its own JVM, as the operator does, with the memory the README promises to stay within. */
    private static Run covidmaps(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "vn.covidmaps.cli.CovidMaps"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("COVIDMAPS_LANG", "en");
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("covidmaps " + String.join(" ", args) + " still ran after " + BOUND_SECONDS + " s: " + Files.readString(err));
        }
        System.out.printf("covidmaps %s %s: exit %d after %.1f s (JVM start included)%n", args[0], Path.of(args[1]).getFileName(),
                process.exitValue(), (System.nanoTime() - start) / 1e9);
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Every table of both schemas with its row count and a digest of its rows. */
    private static Map<String, String> tableRows() throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection db = new Database(SETTINGS).connect(); Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = sql.executeQuery("SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables"
                    + " WHERE table_schema IN ('" + SCHEMA + "', '" + SCHEMA + "_meta')")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet digest = sql.executeQuery("SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '')"
                        + " FROM " + table + " t")) {
                    digest.next();
                    rows.put(table, digest.getString(1));
                }
            }
        }
        assertTrue(rows.values().stream().anyMatch(n -> !n.startsWith("0 ")), "the first report is in PostGIS: " + rows);
        return rows;
    }
}
