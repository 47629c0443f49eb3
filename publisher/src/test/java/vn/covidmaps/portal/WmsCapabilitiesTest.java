package vn.covidmaps.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.geoserver.GeoServerException;

/** Capabilities as GeoServer 2.21 writes them for a workspace, served by a local web server. */
class WmsCapabilitiesTest {
    private static final String CAPABILITIES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms"><Capability><Layer><Title>ws</Title>
              <Layer queryable="1"><Name>group</Name><Title>Nhóm</Title>
                <EX_GeographicBoundingBox><westBoundLongitude>106.09</westBoundLongitude><eastBoundLongitude>107.36</eastBoundLongitude>
                  <southBoundLatitude>21.32</southBoundLatitude><northBoundLatitude>22.45</northBoundLatitude></EX_GeographicBoundingBox>
              </Layer>
              <Layer queryable="1"><Name>checkpoints</Name>
                <Dimension name="time" default="2021-06-08T00:00:00Z" units="ISO8601">2021-06-01T00:00:00.000Z,2021-06-08T00:00:00.000Z</Dimension>
              </Layer>
              <Layer queryable="1"><Name>risk_areas</Name>
                <Dimension name="time" default="2021-06-15T00:00:00Z" units="ISO8601">2021-06-15T00:00:00.000Z</Dimension>
              </Layer>
              <Layer queryable="1"><Name>other</Name>
                <Dimension name="time" units="ISO8601">2020-01-01T00:00:00.000Z</Dimension>
              </Layer>
            </Layer></Capability></WMS_Capabilities>
            """;

    @TempDir
    Path site;

    @Test
    void readsTheReportDatesOfTheLayersAndTheGroupExtent() throws Exception {
        Files.writeString(Files.createDirectories(site.resolve("ws")).resolve("wms"), CAPABILITIES);
        try (PortalServer server = new PortalServer(site, null)) {
            PublishedMap map = capabilities(server).read("group", Set.of("checkpoints", "risk_areas"));
            assertEquals(List.of(LocalDate.parse("2021-06-01"), LocalDate.parse("2021-06-08"), LocalDate.parse("2021-06-15")),
                    map.reportDates(), "the union of the layers' dates, not those of other layers");
            assertEquals(LocalDate.parse("2021-06-15"), map.latest());
            assertEquals(106.09, map.west());
            assertEquals(22.45, map.north());
        }
    }

    @Test
    void aGroupThatIsNotServedIsAClearError() throws Exception {
        Files.writeString(Files.createDirectories(site.resolve("ws")).resolve("wms"), CAPABILITIES);
        try (PortalServer server = new PortalServer(site, null)) {
            GeoServerException e = assertThrows(GeoServerException.class,
                    () -> capabilities(server).read("covidmaps", Set.of("checkpoints")));
            assertTrue(e.getMessage().contains("does not offer the layer group covidmaps"), e.getMessage());
        }
    }

    @Test
    void aMissingWorkspaceSaysWhatToCheck() throws Exception {
        try (PortalServer server = new PortalServer(site, null)) {
            GeoServerException e = assertThrows(GeoServerException.class, () -> capabilities(server).read("group", Set.of()));
            assertTrue(e.getMessage().contains("404") && e.getMessage().contains("geoserver.workspace"), e.getMessage());
        }
    }

    private static WmsCapabilities capabilities(PortalServer server) {
        return new WmsCapabilities("http://127.0.0.1:" + server.port() + "/ws/wms", Duration.ofSeconds(5));
    }
}
