package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.covidmaps.text.Text;

/** The tile layer document exactly as GeoServer 2.21.1 answers gwc/rest/layers/{layer}.xml for a new layer. */
class TileLayerXmlTest {
    private static final String AS_GEOSERVER_MADE_IT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <GeoServerLayer>
              <id>LayerInfoImpl-59166acd:1a234b380f8:-7f25</id>
              <enabled>true</enabled>
              <inMemoryCached>true</inMemoryCached>
              <name>serving:checkpoints</name>
              <mimeFormats>
                <string>image/png</string>
                <string>image/jpeg</string>
              </mimeFormats>
              <gridSubsets>
                <gridSubset>
                  <gridSetName>EPSG:900913</gridSetName>
                  <extent>
                    <coords>
                      <double>1.1824356312061518E7</double>
                      <double>2443584.739204399</double>
                      <double>1.1931223023223063E7</double>
                      <double>2549387.002081348</double>
                    </coords>
                  </extent>
                </gridSubset>
                <gridSubset>
                  <gridSetName>EPSG:4326</gridSetName>
                </gridSubset>
              </gridSubsets>
              <metaWidthHeight>
                <int>4</int>
                <int>4</int>
              </metaWidthHeight>
              <expireCache>0</expireCache>
              <expireClients>0</expireClients>
              <parameterFilters>
                <styleParameterFilter>
                  <key>STYLES</key>
                  <defaultValue></defaultValue>
                </styleParameterFilter>
              </parameterFilters>
              <gutter>0</gutter>
              <cacheWarningSkips/>
            </GeoServerLayer>
            """;

    @Test
    void aLayerAsGeoServerMadeItDiffersInFormatsMaxAgeAndFilters() {
        DesiredTileLayer desired = DesiredTileLayer.of("serving:checkpoints", 300, List.of("2021-06-01", "2021-06-08"));
        List<String> differences = desired.differences(TileLayerXml.parse(AS_GEOSERVER_MADE_IT)).stream().map(Text::english).toList();
        assertEquals(List.of("formats [image/png, image/jpeg], want image/png", "clients keep tiles 0 s, want 300 s",
                "filters on STYLES: tiles are cached by TIME only",
                "no TIME filter: every date would get the latest report's tiles"), differences);
    }

    @Test
    void appliedItHasNothingLeftToChangeAndKeepsWhatPublishDoesNotManage() {
        DesiredTileLayer desired = DesiredTileLayer.of("serving:checkpoints", 300, List.of("2021-06-01", "2021-06-08"));
        String written = TileLayerXml.parse(AS_GEOSERVER_MADE_IT).apply(desired).xml();
        TileLayerXml back = TileLayerXml.parse(written);
        assertEquals(List.of(), desired.differences(back).stream().map(Text::english).toList());
        assertEquals(new TileLayerXml.TimeFilter("2021-06-08", List.of("2021-06-01", "2021-06-08")), back.timeFilter().orElseThrow());
        assertEquals(Set.of(), back.otherFilters());
        assertTrue(written.contains("<id>LayerInfoImpl-59166acd:1a234b380f8:-7f25</id>"), written);
        assertTrue(written.contains("<inMemoryCached>true</inMemoryCached>"), written);
        assertTrue(!written.contains("<extent>"), "a fixed extent would clip the tiles of data outside it: " + written);
    }

    @Test
    void aNewDateIsAChangeOfDefaultAndValues() {
        String current = TileLayerXml.parse(AS_GEOSERVER_MADE_IT)
                .apply(DesiredTileLayer.of("serving:checkpoints", 300, List.of("2021-06-01"))).xml();
        DesiredTileLayer next = DesiredTileLayer.of("serving:checkpoints", 300, List.of("2021-06-01", "2021-06-08"));
        assertEquals(List.of("TIME default 2021-06-01, want 2021-06-08", "TIME lacks 2021-06-08"),
                next.differences(TileLayerXml.parse(current)).stream().map(Text::english).toList());
    }

    @Test
    void seedingStopsBeforeTheLevelThatExceedsTheBudget() {
        Bbox langSon = new Bbox(106.09, 21.32, 107.37, 22.46);
        long z8 = TileSeeding.tilesAt(langSon, 8);
        long z9 = TileSeeding.tilesAt(langSon, 9);
        assertEquals(4, z8, "Lạng Sơn spans 2×2 tiles at zoom 8");
        TileSeeding seeding = TileSeeding.of("ws:group", langSon, new TileSettings(300, 8, 15, z8 + z9));
        assertEquals(9, seeding.zoomStop());
        assertEquals(z8 + z9, seeding.tiles());
        assertEquals(15, seeding.wanted());
    }
}
