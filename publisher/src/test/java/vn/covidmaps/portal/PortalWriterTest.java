package vn.covidmaps.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.geoserver.DownloadLinks;

/** The page written without any GeoServer: every file it refers to is there, nothing comes from another host. */
class PortalWriterTest {
    private static final PortalPage PAGE = new PortalPage("Bản đồ", "/geoserver/ws/wms", "ws:group", List.of("2021-06-01", "2021-06-08"),
            new double[][] {{21.4, 106.2}, {22.3, 107.2}},
            List.of(new PortalPage.Layer("checkpoints", "ws:checkpoints", "Chốt kiểm soát dịch",
                    List.of(new PortalPage.Field("checkpoint_name", "Tên chốt", false),
                            new PortalPage.Field("established_on", "Ngày lập", true),
                            new PortalPage.Field("note", "Ghi chú </script><script>alert(1)</script>", false)),
                    List.of(new DownloadLinks.Download("csv", "CSV (kinh độ, vĩ độ)",
                            "/geoserver/ws/ows?service=WFS&outputFormat=csv")))));

    @TempDir
    Path out;

    @Test
    void everyFileThePageLoadsIsWrittenBesideIt() throws Exception {
        List<Path> written = new PortalWriter().write(PAGE, out);
        assertTrue(written.contains(Path.of("vendor", "leaflet", "LICENSE")), "Leaflet's licence travels with it");
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        Matcher references = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(index);
        int count = 0;
        while (references.find()) {
            String reference = references.group(1);
            assertFalse(reference.contains("//"), "no CDN or other host: " + reference);
            assertTrue(Files.isRegularFile(out.resolve(reference)), reference + " is written");
            count++;
        }
        assertEquals(5, count, "leaflet.css, app.css, leaflet.js, config.js, app.js");
        String css = Files.readString(out.resolve("vendor/leaflet/leaflet.css"));
        Matcher images = Pattern.compile("url\\((images/[^)]+)\\)").matcher(css);
        int imageCount = 0;
        while (images.find()) {
            assertTrue(Files.isRegularFile(out.resolve("vendor/leaflet").resolve(images.group(1))), images.group(1));
            imageCount++;
        }
        assertTrue(imageCount >= 3, "leaflet.css refers to its images/");
        assertTrue(Files.readString(out.resolve("vendor/leaflet/leaflet.js")).contains("version=\"" + PortalWriter.LEAFLET_VERSION + "\""),
                "the bundled Leaflet is " + PortalWriter.LEAFLET_VERSION);
    }

    @Test
    void configJsCarriesTheMapAndCannotEndTheScriptEarly() throws Exception {
        new PortalWriter().write(PAGE, out);
        String script = Files.readString(out.resolve("config.js"), StandardCharsets.UTF_8);
        assertFalse(script.contains("</script>"), script);
        String json = script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1).replace("<\\/", "</");
        JsonNode config = new ObjectMapper().readTree(json);
        assertEquals("/geoserver/ws/wms", config.path("wmsUrl").asText());
        assertEquals("ws:group", config.path("groupLayer").asText());
        assertEquals("2021-06-08", config.path("reportDates").path(1).asText());
        JsonNode field = config.path("layers").path(0).path("attributes").path(1);
        assertEquals("Ngày lập", field.path("title").asText());
        assertTrue(field.path("date").asBoolean());
        assertEquals(21.4, config.path("bounds").path(0).path(0).asDouble());
        JsonNode download = config.path("layers").path(0).path("downloads").path(0);
        assertEquals("csv", download.path("format").asText());
        assertEquals("/geoserver/ws/ows?service=WFS&outputFormat=csv", download.path("url").asText());
    }
}
