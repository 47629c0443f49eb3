package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;

/** The download links ask GeoServer 2.21 for what it gets wrong by default (checked against it by DownloadsIT). */
class DownloadLinksTest {
    private final LayerDefinition checkpoints = LayerCatalog.load(Path.of("layers")).layers().stream()
            .filter(l -> l.name().equals("checkpoints")).findFirst().orElseThrow();

    @Test
    void everyFormatOfTheLatestReportWithLongitudeFirstAndUtf8() {
        List<DownloadLinks.Download> links = DownloadLinks.of("https://host/geoserver/ws/ows", "ws", checkpoints);
        String base = "https://host/geoserver/ws/ows?service=WFS&version=2.0.0&request=GetFeature&typeNames=ws:checkpoints_latest";
        assertEquals(base + "&outputFormat=application/json", links.get(0).url());
        assertEquals(base + "&outputFormat=csv&srsName=EPSG:4326", links.get(1).url());
        assertEquals(base + "&outputFormat=SHAPE-ZIP&srsName=EPSG:4326&format_options=CHARSET:UTF-8", links.get(2).url());
        links.forEach(l -> assertTrue(!l.label().isBlank(), l.format()));
    }
}
