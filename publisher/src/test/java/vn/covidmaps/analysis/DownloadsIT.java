package vn.covidmaps.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.geoserver.DownloadLinks;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.portal.PublishedSample;

/**
 * What an analyst downloads from GeoServer, read back by the analysts' own tools: every download link of
 * {@link DownloadLinks} through GDAL, the WFS layer and the Shapefile through PyQGIS. Checked on one known
 * checkpoint of the 08/06 sample: its Vietnamese name and its position in PostGIS.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DownloadsIT {
    private static final String NAME = "Chốt kiểm soát cửa ngõ QL1A xã Tân Thành";
    private static final Pattern POINT = Pattern.compile("POINT \\(([-0-9.]+) ([-0-9.]+)\\)");

    private final PublishedSample sample = new PublishedSample("covidmaps_analysts");
    private boolean geoserver;
    private LayerDefinition checkpoints;
    private double[] position;
    @TempDir
    Path dir;

    @BeforeAll
    void publish() throws Exception {
        geoserver = PublishedSample.geoServerReachable("download tests");
        if (!geoserver) {
            return;
        }
        sample.publishBoth();
        checkpoints = LayerCatalog.load(Path.of("layers")).layers().stream().filter(l -> l.name().equals("checkpoints")).findFirst().orElseThrow();
        position = sample.point("select ST_X(geom), ST_Y(geom) from " + sample.schema() + ".checkpoints"
                + " where report_date = '2021-06-08' and checkpoint_name = '" + NAME + "'");
    }

    @AfterAll
    void drop() throws Exception {
        if (geoserver && !PublishedSample.keep()) {
            sample.drop();
        }
    }

    @Test
    void everyDownloadReadsBackInGdalWithItsVietnameseNameAndLongitudeFirst() throws Exception {
        assumeTrue(geoserver && AnalystTools.gdal());
        Map<String, List<String>> open = Map.of(
                "geojson", List.of(),
                "csv", List.of("-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude", "-oo", "KEEP_GEOM_COLUMNS=NO"),
                "shapefile", List.of());
        List<DownloadLinks.Download> downloads = DownloadLinks.of(wfs(), sample.workspace, checkpoints);
        assertEquals(List.of("geojson", "csv", "shapefile"), downloads.stream().map(DownloadLinks.Download::format).toList());
        for (DownloadLinks.Download download : downloads) {
            Path file = AnalystTools.download(download.url(), dir.resolve("checkpoints." + extension(download.format())));
            String source = download.format().equals("shapefile") ? "/vsizip/" + file : file.toString();
            List<String> command = new ArrayList<>(List.of("ogrinfo", "-ro", "-al", "-q"));
            command.addAll(open.get(download.format()));
            command.add(source);
            String feature = featureNamed(AnalystTools.run(command, null), download.format());
            Matcher point = POINT.matcher(feature);
            assertTrue(point.find(), download.format() + " has a point: " + feature);
            System.out.printf("  GDAL %-9s %s at POINT (%s %s)%n", download.format(), NAME, point.group(1), point.group(2));
            assertEquals(position[0], Double.parseDouble(point.group(1)), 1e-6, download.format() + ": longitude first");
            assertEquals(position[1], Double.parseDouble(point.group(2)), 1e-6, download.format() + ": then latitude");
            if (download.format().equals("geojson")) {
                assertTrue(feature.contains("report_date (DateTime) = 2021/06/08 00:00:00+00"), "a date-time, not text: " + feature);
            }
            if (download.format().equals("shapefile")) {
                assertEquals("UTF-8", zipEntry(file, ".cst").strip(), "the zip says its DBF is UTF-8");
            }
        }
    }

    @Test
    void qgisReadsTheWfsDatesAsDatesAndFiltersByThem() throws Exception {
        assumeTrue(geoserver && AnalystTools.pyqgis());
        String typeName = sample.workspace + ":checkpoints_latest";
        String established = "2021-05-08";
        String out = AnalystTools.pyqgis("wfs_dates.py", wfs(), typeName, "established_on",
                "to_date(\"established_on\") = to_date('" + established + "')",
                "\"report_date\" = make_datetime(2021,6,8,0,0,0)",
                "\"report_date\" < make_datetime(2021,6,8,0,0,0)");
        JsonNode result = new ObjectMapper().readTree(out);
        System.out.println("  PyQGIS WFS " + typeName + ": " + out.strip());
        assertEquals("xsd:dateTime", result.path("fields").path("report_date").asText());
        assertEquals("xsd:dateTime", result.path("fields").path("established_on").asText());
        assertEquals("QDateTime", result.path("report_date").asText());
        assertEquals("QDateTime", result.path("established_on").asText());
        long onThatDay = sample.count("select count(*) from " + sample.schema() + ".checkpoints where report_date = '2021-06-08'"
                + " and established_on = '" + established + "'");
        long latest = sample.count("select count(*) from " + sample.schema() + ".checkpoints where report_date = '2021-06-08'");
        assertTrue(onThatDay > 0, "the sample has a checkpoint set up on " + established);
        assertEquals(onThatDay, result.path("counts").path(0).asLong(), "filter by established_on");
        assertEquals(latest, result.path("counts").path(1).asLong(), "filter by report_date");
        assertEquals(0, result.path("counts").path(2).asLong(), "the WFS layer holds the latest report only");
    }

    @Test
    void qgisOpensTheShapefileDownloadInVietnameseWhereItBelongs() throws Exception {
        assumeTrue(geoserver && AnalystTools.pyqgis());
        DownloadLinks.Download shapefile = DownloadLinks.of(wfs(), sample.workspace, checkpoints).get(2);
        Path zip = AnalystTools.download(shapefile.url(), dir.resolve("checkpoints-qgis.zip"));
        JsonNode result = new ObjectMapper().readTree(AnalystTools.pyqgis("file_texts.py", "/vsizip/" + zip, "checkpoint"));
        System.out.println("  PyQGIS Shapefile: encoding " + result.path("encoding").asText() + ", "
                + result.path("values").size() + " checkpoints");
        int index = -1;
        for (int i = 0; i < result.path("values").size(); i++) {
            if (result.path("values").path(i).asText().equals(NAME)) {
                index = i;
            }
        }
        assertTrue(index >= 0, "QGIS reads the name intact: " + result.path("values"));
        Matcher point = POINT.matcher(result.path("wkt").path(index).asText().replace("Point", "POINT"));
        assertTrue(point.find(), result.path("wkt").path(index).asText());
        assertEquals(position[0], Double.parseDouble(point.group(1)), 1e-6);
        assertEquals(position[1], Double.parseDouble(point.group(2)), 1e-6);
    }

    private String wfs() {
        return PublishedSample.GEOSERVER_URL + "/" + sample.workspace + "/ows";
    }

    /** The block of ogrinfo's output of the feature holding the known name. */
    private static String featureNamed(String ogrinfo, String format) {
        for (String block : ogrinfo.split("OGRFeature\\(")) {
            if (block.contains("= " + NAME + "\n")) {
                return block;
            }
        }
        throw new AssertionError(format + ": GDAL reads no feature named " + NAME + " (text damaged?):\n"
                + ogrinfo.substring(0, Math.min(2000, ogrinfo.length())));
    }

    private static String extension(String format) {
        return switch (format) {
            case "geojson" -> "json";
            case "shapefile" -> "zip";
            default -> format;
        };
    }

    private static String zipEntry(Path zip, String suffix) throws Exception {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().endsWith(suffix)) {
                    return new String(entries.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(zip + " has no " + suffix);
    }
}
