package vn.covidmaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.TestDatabase;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.postgis.Database;

/**
 * {@code plan}, {@code publish} and {@code status} with {@code --lang vi}, against the real PostGIS and (when one
 * answers) the real GeoServer: no line may be English. A line is English when it holds a word that the English
 * messages use and the Vietnamese ones do not ("table", "unchanged", "logs"…). The same plan printed in English
 * must have every one of its resource lines caught, which shows the check can fail.
 */
class VietnameseOutputIT {
    private static final String SCHEMA = "it_lang";
    private static final String WORKSPACE = "covidmaps_it_lang";
    private static final String GEOSERVER = System.getenv().getOrDefault("GEOSERVER_URL", "http://127.0.0.1:8080/geoserver");
    private static final String FIRST = "publisher/sample/bao-cao-2021-06-01.xlsx";
    private static final String SECOND = "publisher/sample/bao-cao-2021-06-08.xlsx";
    /** A word as the check sees it: letters only; names such as {@code patient_homes} or {@code it_lang} are not words. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}_])\\p{L}+(?![\\p{L}\\p{N}_])");

    private static final Pattern URL = Pattern.compile("\\S+://\\S+");

    /** Column types as PostgreSQL names them ("character varying"), printed in a conflict: data, not English. */
    private static final Set<String> SQL_TYPES = Set.of("character", "varying", "text", "integer", "bigint", "date", "double",
            "precision", "boolean", "timestamp");

    private final Settings settings = TestDatabase.settings(SCHEMA);
    private Path config;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void configure(@TempDir Path dir) throws IOException, SQLException {
        TestDatabase.dropSchemas(settings);
        config = TestDatabase.writeConfig(dir, settings
                .with(Setting.GEOSERVER_URL, GEOSERVER)
                .with(Setting.GEOSERVER_USER, System.getenv().getOrDefault("GEOSERVER_USER", "admin"))
                .with(Setting.GEOSERVER_PASSWORD, System.getenv().getOrDefault("GEOSERVER_PASSWORD", "geoserver"))
                .with(Setting.GEOSERVER_WORKSPACE, WORKSPACE)
                .with(Setting.GEOSERVER_NAMESPACE_URI, "https://covidmaps.vn/" + WORKSPACE)
                .with(Setting.GEOSERVER_DATASTORE, WORKSPACE + "_postgis")
                .with(Setting.GEOSERVER_LAYER_GROUP, WORKSPACE)
                .with(Setting.GEOSERVER_DB_NAME, "covidmaps_test")
                .with(Setting.GEOSERVER_DB_PASSWORD, System.getenv().getOrDefault("COVIDMAPS_GEOSERVER_DB_PASSWORD", "covidmaps-reader-local")));
    }

    @AfterEach
    void cleanUp() throws SQLException, IOException, InterruptedException {
        if (geoServerAnswers()) {
            send("DELETE", "/rest/workspaces/" + WORKSPACE + "?recurse=true");
        }
        TestDatabase.dropSchemas(settings);
    }

    @Test
    void planPublishAndStatusPrintNoEnglishLine() throws Exception {
        Set<String> english = englishOnlyWords();
        if (!geoServerAnswers()) {
            System.out.println("*** SKIPPED: plan and status in Vietnamese — no GeoServer at " + GEOSERVER
                    + "; checking publish --database-only only ***");
            assertEquals(ExitCodes.OK, run(FIRST, "01/06/2021", "publish", "--database-only", "--lang", "vi"), err.toString());
            assertNoEnglish(english, out.toString() + err.toString());
            return;
        }
        send("DELETE", "/rest/workspaces/" + WORKSPACE + "?recurse=true");

        // everything to create: the same plan in English is caught line by line, in Vietnamese not once
        assertEquals(ExitCodes.OK, run(FIRST, "01/06/2021", "plan", "--lang", "en"), err.toString());
        String englishPlan = out.toString();
        assertEveryResourceLineIsCaught(english, englishPlan);
        assertEquals(ExitCodes.OK, run(FIRST, "01/06/2021", "plan", "--lang", "vi"), err.toString());
        assertEquals(englishPlan.lines().count(), out.toString().lines().count(), out.toString());
        assertNoEnglish(english, out.toString());

        assertEquals(ExitCodes.OK, run(FIRST, "01/06/2021", "publish", "--lang", "vi"), err.toString());
        assertTrue(out.toString().contains("Đã nạp 342 dòng"), out.toString());
        assertNoEnglish(english, out.toString() + err.toString());

        // everything in place: each resource unchanged, with what was checked
        assertEquals(ExitCodes.OK, run(SECOND, "08/06/2021", "plan", "--lang", "en"), err.toString());
        assertEveryResourceLineIsCaught(english, out.toString());
        assertEquals(ExitCodes.OK, run(SECOND, "08/06/2021", "plan", "--lang", "vi"), err.toString());
        assertTrue(out.toString().contains("giữ nguyên"), out.toString());
        assertNoEnglish(english, out.toString());

        assertEquals(ExitCodes.OK, run(null, null, "status", "--lang", "vi"), err.toString());
        assertNoEnglish(english, out.toString());

        // a table that contradicts its layer file: the conflict line, and publish's refusal
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE " + SCHEMA + ".checkpoints ALTER COLUMN status TYPE varchar(200)");
        }
        assertEquals(ExitCodes.WORKBOOK_ERRORS, run(SECOND, "08/06/2021", "plan", "--lang", "vi"));
        assertTrue(out.toString().contains("XUNG ĐỘT"), out.toString());
        assertNoEnglish(english, out.toString());
        assertEquals(ExitCodes.WORKBOOK_ERRORS, run(SECOND, "08/06/2021", "publish", "--lang", "vi"));
        assertTrue(err.toString().contains("nhưng tệp lớp khai báo text"), err.toString());
        assertNoEnglish(english, err.toString());
    }

    /** plan's and portal's --out where a file stands in the way: one Vietnamese sentence naming it, exit 1. */
    @Test
    void anOutThatCannotBeWrittenIsNamedInVietnamese(@TempDir Path dir) throws Exception {
        if (!geoServerAnswers()) {
            System.out.println("*** SKIPPED: plan --out and portal --out in Vietnamese — no GeoServer at " + GEOSERVER + " ***");
            return;
        }
        send("DELETE", "/rest/workspaces/" + WORKSPACE + "?recurse=true");
        Set<String> english = englishOnlyWords();
        Path inTheWay = Files.writeString(dir.resolve("tep-chan-duong"), "");

        Path plan = inTheWay.resolve("plan.json");
        assertEquals(ExitCodes.FAILURE, run(FIRST, "01/06/2021", "plan", "--out", plan.toString(), "--lang", "vi"), out.toString());
        assertEquals("covidmaps: không ghi được " + plan + ": một phần của đường dẫn là tệp chứ không phải thư mục",
                err.toString().strip());
        assertNoEnglish(english, err.toString());

        assertEquals(ExitCodes.OK, run(FIRST, "01/06/2021", "publish", "--lang", "vi"), err.toString());
        assertEquals(ExitCodes.FAILURE, run(null, null, "portal", "--out", inTheWay.toString(), "--lang", "vi"), out.toString());
        assertEquals("covidmaps: không ghi được trang bản đồ vào " + inTheWay + ": một phần của đường dẫn là tệp chứ không phải thư mục",
                err.toString().strip());
        assertNoEnglish(english, err.toString());
    }

    /** Runs {@code covidmaps <command> [report --date d] -c config <more>}. */
    private int run(String report, String date, String command, String... more) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> args = new ArrayList<>(List.of(command));
        if (report != null) {
            args.addAll(List.of(report, "--date", date));
        }
        args.addAll(List.of("-c", config.toString()));
        args.addAll(List.of(more));
        return CovidMaps.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args.toArray(String[]::new));
    }

    private static void assertNoEnglish(Set<String> english, String output) {
        List<String> found = output.lines().filter(line -> !englishWords(english, line).isEmpty())
                .map(line -> line + "   <- " + englishWords(english, line)).toList();
        assertTrue(found.isEmpty(), () -> "English in the Vietnamese output:\n" + String.join("\n", found) + "\n--- all of it:\n" + output);
    }

    /** Every plan line naming a resource ("  create    table checkpoints") of the English output holds an English word. */
    private static void assertEveryResourceLineIsCaught(Set<String> english, String output) {
        List<String> lines = output.lines().filter(line -> line.matches("  (create|update|unchanged) .*")).toList();
        assertTrue(lines.size() >= 20, output);
        List<String> missed = lines.stream().filter(line -> englishWords(english, line).isEmpty()).toList();
        assertEquals(List.of(), missed, "the check would not see these English lines");
    }

    private static List<String> englishWords(Set<String> english, String line) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(URL.matcher(line).replaceAll(" ")); // addresses are data, not words
        while (word.find()) {
            if (english.contains(word.group()) && !SQL_TYPES.contains(word.group())) {
                words.add(word.group());
            }
        }
        return words;
    }

    /** The words of the English messages that no Vietnamese message uses: a line holding one is English. */
    private static Set<String> englishOnlyWords() throws IOException {
        Set<String> english = words("/messages.properties");
        english.removeAll(words("/messages_vi.properties"));
        // the layers' names (checkpoints…) are data, even where an English message names a layer,
        // and so are their columns' names (address…), printed where plan says what it generalises
        LayerCatalog.load(Path.of("layers")).layers().forEach(layer -> {
            english.remove(layer.name());
            layer.columns().forEach(column -> english.remove(column.name()));
        });
        assertTrue(english.containsAll(List.of("table", "unchanged", "create", "logs", "report", "namespace")), english::toString);
        return english;
    }

    private static Set<String> words(String resource) throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(VietnameseOutputIT.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        Set<String> words = new HashSet<>();
        for (String value : messages.stringPropertyNames().stream().map(messages::getProperty).toList()) {
            Matcher word = WORD.matcher(value);
            while (word.find()) {
                words.add(word.group());
            }
        }
        return words;
    }

    private static boolean geoServerAnswers() {
        try {
            return send("GET", "/rest/about/version.json") == 200;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int send(String method, String path) throws IOException, InterruptedException {
        String credentials = System.getenv().getOrDefault("GEOSERVER_USER", "admin") + ":"
                + System.getenv().getOrDefault("GEOSERVER_PASSWORD", "geoserver");
        HttpRequest request = HttpRequest.newBuilder(URI.create(GEOSERVER + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
