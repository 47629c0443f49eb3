package vn.covidmaps.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.portal.PublishedSample;
import vn.covidmaps.qgis.QgisProject;

/**
 * The project {@code covidmaps qgis-project} writes, opened by PyQGIS headless against the real GeoServer: every
 * layer valid, the temporal controller over the report dates, and the map rendered on a date shows that date's
 * report (a day between two reports the earlier one, a day before the first nothing), both layer by layer and as
 * the layer group.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QgisProjectIT {
    private final PublishedSample sample = new PublishedSample("covidmaps_qgis");
    private boolean ready;
    private JsonNode opened;
    private LayerCatalog catalog;
    @TempDir
    static Path dir;

    @BeforeAll
    void publishAndOpenTheProject() throws Exception {
        ready = PublishedSample.geoServerReachable("QGIS project tests") && AnalystTools.pyqgis();
        if (!ready) {
            return;
        }
        sample.publishBoth();
        catalog = LayerCatalog.load(Path.of("layers"));
        Path project = dir.resolve("covidmaps.qgs");
        List<String> dates = new QgisProject(sample.settings, catalog).write(null, project);
        assertEquals(List.of("2021-06-01", "2021-06-08"), dates);
        opened = new ObjectMapper().readTree(AnalystTools.pyqgis("project_render.py", project.toString(),
                "2021-06-01", "2021-06-05", "2021-06-08", "2021-05-20"));
    }

    @AfterAll
    void drop() throws Exception {
        if (ready && !PublishedSample.keep()) {
            sample.drop();
        }
    }

    @Test
    void everyLayerOpensTheWmsOnesByDateAndTheWfsOnesWithTheLatestReport() throws Exception {
        assumeTrue(ready);
        JsonNode layers = opened.path("layers");
        assertEquals(2 * catalog.layers().size() + 1, layers.size(), "WMS and WFS per layer, and the group");
        layers.fields().forEachRemaining(layer -> assertTrue(layer.getValue().path("valid").asBoolean(), layer.getKey() + " opens"));
        for (LayerDefinition layer : catalog.layers()) {
            JsonNode wms = layers.path("wms_" + layer.name());
            assertTrue(wms.path("temporal").asBoolean(), layer.name() + " follows the temporal controller");
            assertTrue(wms.path("checked").asBoolean(), layer.name() + " is shown");
            JsonNode wfs = layers.path("wfs_" + layer.name());
            assertFalse(wfs.path("checked").asBoolean(), "WFS layers are off until asked for");
            long latest = sample.count("select count(*) from " + sample.schema() + "." + layer.name() + " where report_date = '2021-06-08'");
            assertEquals(latest, wfs.path("features").asLong(), layer.name() + " over WFS holds the latest report");
        }
        assertTrue(layers.path("wms_group_covidmaps_qgis").path("temporal").asBoolean(), "the group follows the controller too");
        assertEquals("2021-06-01T00:00:00Z", opened.path("time_range").path(0).asText());
        assertEquals("2021-06-08T00:00:00Z", opened.path("time_range").path(1).asText());
        assertEquals(1.0, opened.path("time_step").path(0).asDouble(), "a day a step");
    }

    @Test
    void aDateRendersThatDatesReportLayerByLayerAndAsTheGroup() {
        assumeTrue(ready);
        for (String rendering : List.of("by_date", "group")) {
            JsonNode days = opened.path(rendering);
            System.out.println("  PyQGIS project " + rendering + ": " + days);
            assertTrue(days.path("2021-06-01").path("painted").asInt() > 500, rendering + " draws the 01/06 report");
            assertTrue(days.path("2021-06-08").path("painted").asInt() > 500, rendering + " draws the 08/06 report");
            assertNotEquals(days.path("2021-06-01").path("digest").asText(), days.path("2021-06-08").path("digest").asText(),
                    rendering + ": the two reports differ");
            assertEquals(days.path("2021-06-01").path("digest").asText(), days.path("2021-06-05").path("digest").asText(),
                    rendering + ": on 05/06 the 01/06 report is in force");
            assertEquals(0, days.path("2021-05-20").path("painted").asInt(), rendering + ": nothing before the first report");
        }
    }
}
