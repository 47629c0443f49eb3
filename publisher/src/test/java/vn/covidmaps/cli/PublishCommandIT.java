package vn.covidmaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.TestDatabase;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.postgis.Database;

/** `covidmaps publish --database-only` and `plan` as the operator runs them, against the real PostGIS. */
class PublishCommandIT {
    private static final String SCHEMA = "it_cli_" + ProcessHandle.current().pid();
    private final Settings settings = TestDatabase.settings(SCHEMA);
    private Path config;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void configure(@TempDir Path dir) throws IOException, SQLException {
        TestDatabase.dropSchemas(settings);
        config = TestDatabase.writeConfig(dir, settings);
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        TestDatabase.dropSchemas(settings);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CovidMaps.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void publishLoadsOnceThenRecognisesTheSameReport() {
        String[] publish = {"publish", "publisher/sample/bao-cao-2021-06-01.xlsx", "--date", "01/06/2021", "--database-only", "-c", config.toString()};
        assertEquals(ExitCodes.OK, run(publish), err.toString());
        assertTrue(out.toString().contains("Loaded 342 rows into PostGIS for the report of 01/06/2021 (a new date)"), out.toString());

        assertEquals(ExitCodes.OK, run(publish), err.toString());
        assertTrue(out.toString().contains("already loaded from these same files: database unchanged"), out.toString());
    }

    @Test
    void aWorkbookWithErrorsExitsWith3AndSaysNothingWasPublished(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("Ca bệnh.csv"), "Mã BN,Vĩ độ,Kinh độ\nBN1,106.7,21.8\n");
        assertEquals(ExitCodes.WORKBOOK_ERRORS, run("publish", bad.toString(), "-d", "2021-06-08", "--database-only", "-c", config.toString()));
        assertTrue(err.toString().contains("Nothing was published."), err.toString());
        assertTrue(err.toString().contains("the sheet 'Lịch trình' is missing"), err.toString());
    }

    /** A table that contradicts its layer file is refused like a workbook with errors: exit 3, as plan exits. */
    @Test
    void aTableConflictExitsWith3() throws SQLException {
        String[] publish = {"publish", "publisher/sample/bao-cao-2021-06-01.xlsx", "--date", "01/06/2021", "--database-only", "-c", config.toString()};
        assertEquals(ExitCodes.OK, run(publish), err.toString());
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE " + SCHEMA + ".checkpoints ALTER COLUMN status TYPE varchar(200)");
        }
        assertEquals(ExitCodes.WORKBOOK_ERRORS, run("publish", "publisher/sample/bao-cao-2021-06-08.xlsx", "--date", "08/06/2021",
                "--database-only", "-c", config.toString()), err.toString());
        assertTrue(err.toString().startsWith("covidmaps: "), err.toString());
        assertTrue(err.toString().contains(SCHEMA + ".checkpoints.status is character varying but the layer declares text"), err.toString());
    }

    @Test
    void aWrongDatabasePasswordOrHostIsOneSentence() throws IOException {
        Files.writeString(config, "db.url=jdbc:postgresql://127.0.0.1:1/none\nprivacy.key=" + settings.get(Setting.PRIVACY_KEY) + "\n");
        assertEquals(ExitCodes.FAILURE, run("publish", "publisher/sample/bao-cao-2021-06-01.xlsx", "-d", "2021-06-01", "-c", config.toString()));
        assertTrue(err.toString().startsWith("covidmaps: cannot connect to PostGIS at jdbc:postgresql://127.0.0.1:1/none as covidmaps"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
}
