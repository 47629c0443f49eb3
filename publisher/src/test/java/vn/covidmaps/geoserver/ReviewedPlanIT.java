package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.covidmaps.cli.CovidMaps;
import vn.covidmaps.cli.OutputSchema;
import vn.covidmaps.config.Settings;
import vn.covidmaps.postgis.Database;

/**
 * plan --out then publish --plan on the real PostGIS and GeoServer, as two operators would run them:
 * a fresh plan is applied, with the summary of what it changes; a plan is refused once the workbook,
 * the styles or GeoServer's configuration changed after it was made. Own workspace and schema.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewedPlanIT {
    private static final String WS = "covidmaps_plan";
    private static final String SCHEMA = "it_plan_gs";

    private Path dir;
    private Settings settings;
    private boolean reachable;
    private Path config;
    private Path styles;
    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    void prepare() throws Exception {
        reachable = TestGeoServer.reachable();
        if (!reachable) {
            return;
        }
        dir = Files.createTempDirectory("covidmaps-plan-it");
        styles = Files.createDirectories(dir.resolve("styles"));
        try (Stream<Path> files = Files.list(Path.of("styles"))) {
            for (Path file : files.toList()) {
                Files.copy(file, styles.resolve(file.getFileName().toString()));
            }
        }
        settings = TestGeoServer.settings(styles, WS, SCHEMA);
        config = vn.covidmaps.TestDatabase.writeConfig(dir, settings);
        TestGeoServer.dropEverything(settings);
        assertEquals(0, run("publish", "publisher/sample/bao-cao-2021-06-01.xlsx", "-d", "2021-06-01"), err.toString());
    }

    @BeforeEach
    void requireGeoServer() {
        TestGeoServer.assumeReachable(reachable);
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (settings != null && System.getenv("COVIDMAPS_IT_KEEP") == null) {
            TestGeoServer.dropEverything(settings);
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
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
    void aReviewedPlanIsAppliedAsReviewedAndAStaleOneIsRefused() throws Exception {
        Path workbook = Files.copy(Path.of("publisher/sample/bao-cao-2021-06-08.xlsx"), dir.resolve("bao-cao.xlsx"), StandardCopyOption.REPLACE_EXISTING);
        Path plan = dir.resolve("plan.json");

        // the workbook changes after the plan: refused, nothing loaded
        assertEquals(0, run("plan", workbook.toString(), "-d", "2021-06-08", "--out", plan.toString()), err.toString());
        assertTrue(out.toString().contains("Huyện Cao Lộc: Nguy cơ → Nguy cơ cao"), "plan prints the summary: " + out);
        Files.copy(Path.of("publisher/sample/bao-cao-2021-06-01.xlsx"), workbook, StandardCopyOption.REPLACE_EXISTING);
        assertEquals(1, run("publish", "--plan", plan.toString()));
        assertEquals("covidmaps: The plan " + plan + " is out of date: the workbook changed since it was made;"
                + " make a new one with covidmaps plan --out.", err.toString().strip());
        assertEquals(0, rows("2021-06-08"), "a refused plan loads nothing");

        // a style changes: refused, naming the styles
        Files.copy(Path.of("publisher/sample/bao-cao-2021-06-08.xlsx"), workbook, StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, run("plan", workbook.toString(), "-d", "2021-06-08", "--out", plan.toString()), err.toString());
        Path style = styles.resolve("checkpoints.sld");
        String sld = Files.readString(style);
        Files.writeString(style, sld.replace("</StyledLayerDescriptor>", "<!-- edited --></StyledLayerDescriptor>"));
        assertEquals(1, run("publish", "--plan", plan.toString()));
        assertTrue(err.toString().contains("the styles, GeoServer's configuration changed"), "the SLD differs from GeoServer's copy too: " + err);
        Files.writeString(style, sld);

        // GeoServer changes behind the plan's back: refused
        assertEquals(0, run("plan", workbook.toString(), "-d", "2021-06-08", "--out", plan.toString(), "--format", "json"), err.toString());
        JsonNode document = OutputSchema.check(out.toString());
        assertEquals(new ObjectMapper().readTree(plan.toFile()), document, "the plan file is the plan document");
        assertEquals("2021-06-01", document.at("/diff/against").asText());
        // a layer is switched off behind the plan's back. GeoServer 2.21 keeps a layer's "enabled" on its feature type
        // (LayerInfo's is transient): a PUT of {"layer":{"enabled":false}} leaves the layer served, so the switch is
        // made where GeoServer's own page makes it, and the test checks that the layer truly stopped being served
        GeoServerTransport http = GeoServerTransport.from(settings);
        http.put("rest/workspaces/" + WS + "/datastores/" + WS + "_postgis/featuretypes/checkpoints.json", GeoServerTransport.JSON,
                "{\"featureType\":{\"enabled\":false}}");
        assertFalse(wmsLayers().contains("<Name>checkpoints</Name>"), "GeoServer no longer serves the layer");
        assertEquals(1, run("publish", "--plan", plan.toString(), "--lang", "vi"));
        assertTrue(err.toString().contains("đã cũ: cấu hình GeoServer đã thay đổi"), err.toString());
        assertEquals(0, rows("2021-06-08"), "a refused plan loads nothing");

        // a fresh plan goes through, and publish prints what it changed
        assertEquals(0, run("plan", workbook.toString(), "-d", "2021-06-08", "--out", plan.toString()), err.toString());
        assertEquals(0, run("publish", "--plan", plan.toString(), "--format", "json"), err.toString());
        JsonNode published = OutputSchema.check(out.toString());
        assertEquals("new", published.at("/database/report").asText());
        assertEquals(130, published.at("/database/loaded/patient_homes").asInt());
        assertTrue(published.at("/diff/layers").toString().contains("{\"row\":\"Huyện Cao Lộc\",\"values\":[{\"attribute\":\"risk_level_label\""),
                "publish carries the same summary: " + published.at("/diff"));
        assertTrue(published.at("/geoserver/changes").toString().contains(
                "{\"resource\":\"feature type checkpoints\",\"action\":\"update\",\"detail\":\"disabled\"}"),
                "the plan of a publish enables the layer again: " + published.at("/geoserver/changes"));
        assertTrue(wmsLayers().contains("<Name>checkpoints</Name>"), "GeoServer serves the layer again");
        assertEquals(0, run("plan", workbook.toString(), "-d", "2021-06-08", "--format", "json"), err.toString());
        assertTrue(OutputSchema.check(out.toString()).at("/geoserver/resources").toString()
                .contains("{\"resource\":\"feature type checkpoints\",\"action\":\"unchanged\""), "a re-run converges: " + out);
        assertEquals(130, rows("2021-06-08"));
        assertEquals(2, run("publish", "--plan", plan.toString(), workbook.toString()), "a plan brings its own report");
    }

    /** The layers GeoServer's WMS of the workspace lists, as its capabilities name them. */
    private static String wmsLayers() throws Exception {
        return new String(Ows.get(TestGeoServer.URL + "/" + WS + "/wms?service=WMS&version=1.3.0&request=GetCapabilities").body(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private long rows(String date) throws Exception {
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement();
             var rows = sql.executeQuery("SELECT count(*) FROM " + SCHEMA + ".patient_homes WHERE report_date = DATE '" + date + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
