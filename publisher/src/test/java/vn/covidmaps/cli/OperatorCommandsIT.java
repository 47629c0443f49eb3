package vn.covidmaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.TestDatabase;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Messages;
import vn.covidmaps.config.Settings;

/** diff, history, retract and purge as the operator runs them, against the real PostGIS (database only). */
class OperatorCommandsIT {
    private static final String SCHEMA = "it_operator_" + ProcessHandle.current().pid();
    private final Settings settings = TestDatabase.settings(SCHEMA);
    private Path config;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void configure(@TempDir Path dir) throws IOException, SQLException {
        TestDatabase.dropSchemas(settings);
        config = TestDatabase.writeConfig(dir, settings);
        assertEquals(ExitCodes.OK, run("publish", "publisher/sample/bao-cao-2021-06-01", "-d", "2021-06-01", "--database-only"), err.toString());
        assertEquals(ExitCodes.OK, run("publish", "publisher/sample/bao-cao-2021-06-08.xlsx", "-d", "2021-06-08", "--database-only"), err.toString());
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        TestDatabase.dropSchemas(settings);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "-c";
        all[args.length + 1] = config.toString();
        return CovidMaps.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    }

    @Test
    void diffNamesWhatTheEighthChangesInTheLayersOwnWords() throws IOException {
        assertEquals(ExitCodes.OK, run("diff", "--date", "08/06/2021"), err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("Changes in the report of 08/06/2021 against the report of 01/06/2021:"), text);
        assertTrue(text.contains("patient_homes: 30 case(s) added, 9 case(s) changed"), text);
        assertTrue(text.contains("~ Huyện Cao Lộc: Nguy cơ → Nguy cơ cao"), text);
        assertTrue(text.contains("~ Khu cách ly tập trung Trường Cao đẳng Y tế Lạng Sơn: Đang cách ly 214 → 187"), text);
        assertTrue(text.contains("isolation_zones: 2 zone(s) opened, 2 zone(s) changed (end date, boundary)"), text);
        assertTrue(text.contains("… and 20 more"), "30 new cases, 10 listed: " + text);

        assertEquals(ExitCodes.OK, run("diff", "--date", "08/06/2021", "--format", "json", "--lang", "vi"), err.toString());
        JsonNode json = OutputSchema.check(out.toString());
        assertEquals("2021-06-01", json.at("/diff/against").asText());
        assertEquals(30, json.at("/diff/layers").findValues("added").get(findLayer(json, "patient_homes")).size());

        // no GeoServer answers there: status still prints the PostGIS half, and says why GeoServer could not be asked
        Files.writeString(config, "geoserver.url=http://127.0.0.1:1/geoserver\ngeoserver.password=x\ngeoserver.db.password=x\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(ExitCodes.FAILURE, run("status", "--format", "json"));
        JsonNode status = OutputSchema.check(out.toString());
        assertEquals("2021-06-08", status.at("/layers/0/latest").asText(), out.toString());
        assertTrue(status.at("/geoserver_error").asText().contains("127.0.0.1:1"), out.toString());

        assertEquals(ExitCodes.FAILURE, run("diff", "--date", "09/06/2021"));
        assertTrue(err.toString().contains("no report of 2021-06-09 is loaded"), err.toString());
    }

    private static int findLayer(JsonNode json, String layer) {
        for (int i = 0; i < json.at("/diff/layers").size(); i++) {
            if (json.at("/diff/layers/" + i + "/layer").asText().equals(layer)) {
                return i;
            }
        }
        throw new AssertionError(layer);
    }

    @Test
    void retractAsksFirstThenRemovesTheDateAndHistoryShowsIt() throws IOException {
        assertEquals(ExitCodes.OK, run("retract", "--date", "08/06/2021"), err.toString());
        assertTrue(out.toString().contains("patient_homes: 130 row(s)"), out.toString());
        assertTrue(out.toString().contains("The map then shows the report of 01/06/2021 by default."), out.toString());
        assertTrue(out.toString().contains("Nothing was changed. Run the same command with --yes to retract."), out.toString());

        assertEquals(ExitCodes.OK, run("history"), err.toString());
        assertTrue(out.toString().contains("08/06/2021"), "nothing was retracted yet: " + out);

        assertEquals(ExitCodes.OK, run("retract", "--date", "08/06/2021", "--format", "json"), err.toString());
        JsonNode asked = OutputSchema.check(out.toString());
        assertFalse(asked.path("applied").asBoolean());
        assertEquals("2021-06-01", asked.path("fallback").asText());

        assertEquals(ExitCodes.OK, run("retract", "--date", "08/06/2021", "--yes", "--database-only"), err.toString());
        assertTrue(out.toString().startsWith("Retracted the report of 08/06/2021:"), out.toString());
        assertEquals(ExitCodes.OK, run("retract", "--date", "08/06/2021", "--yes", "--database-only"), err.toString());
        assertTrue(out.toString().contains("No report of 08/06/2021 is loaded: nothing to retract."), out.toString());

        assertEquals(ExitCodes.OK, run("history", "--lang", "vi"), err.toString());
        String history = out.toString();
        assertTrue(history.contains("01/06/2021") && !history.split("Nhật ký")[0].contains("08/06/2021"), history);
        assertTrue(history.contains("rút lại") && history.contains("công bố"), history);
        assertTrue(history.contains(System.getProperty("user.name")), history);

        assertEquals(ExitCodes.OK, run("history", "--format", "json"), err.toString());
        JsonNode json = OutputSchema.check(out.toString());
        assertEquals("retract", json.at("/audit/0/action").asText());
        assertEquals("2021-06-08", json.at("/audit/0/date").asText());
        assertEquals(100, json.at("/reports/0/rows/patient_homes").asInt());
    }

    @Test
    void purgeIsWrittenToTheAuditTrailThatHistoryShows() throws IOException {
        assertEquals(ExitCodes.OK, run("purge", "--before", "08/06/2021", "--yes", "--database-only"), err.toString());
        assertTrue(out.toString().contains("Deleted 1 report date(s) older than 08/06/2021"), out.toString());

        assertEquals(ExitCodes.OK, run("history", "--lang", "vi"), err.toString());
        assertTrue(out.toString().matches("(?s).*xóa hẳn +01/06/2021.*"), "the purged date is in the audit trail: " + out);
        assertEquals(ExitCodes.OK, run("history", "--format", "json"), err.toString());
        JsonNode json = OutputSchema.check(out.toString());
        assertEquals("purge", json.at("/audit/0/action").asText());
        assertEquals("2021-06-01", json.at("/audit/0/date").asText());
        assertEquals(System.getProperty("user.name"), json.at("/audit/0/user").asText());
        assertEquals(1, json.at("/reports").size(), "only the 8th is left: " + json.at("/reports"));
        assertEquals("2021-06-08", json.at("/reports/0/date").asText());
    }
}
