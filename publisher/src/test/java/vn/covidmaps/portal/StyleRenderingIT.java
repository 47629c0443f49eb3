package vn.covidmaps.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each repository style as GeoServer renders it: a WMS GetMap (with TIME) of a small area around a known feature
 * of the published sample has that layer's colour where the feature is. Colours are those of styles/*.sld.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StyleRenderingIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Path ARTIFACTS = Path.of("publisher", "target", "test-artifacts");
    private static final int SIZE = 101;
    private static final int CENTRE = SIZE / 2;

    private final PublishedSample sample = new PublishedSample("covidmaps_style_it");
    private boolean reachable;

    /** A feature of the sample (its point, by SQL on the layer's table) and the colour its style paints it with. */
    record Expectation(String layer, String date, String where, String colour, String why) {
        @Override
        public String toString() {
            return layer + " " + why + " on " + date + " is " + colour;
        }
    }

    static Stream<Expectation> expectations() {
        return Stream.of(
                new Expectation("risk_areas", "2021-06-08", "unit_code = '186'", "#D7191C", "Hữu Lũng, level 4 (Nguy cơ rất cao)"),
                new Expectation("risk_areas", "2021-06-08", "unit_code = '183'", "#FD8D3C", "Cao Lộc, level 3 (Nguy cơ cao)"),
                new Expectation("risk_areas", "2021-06-01", "unit_code = '183'", "#FFD92F", "Cao Lộc, level 2 (Nguy cơ) a week earlier"),
                new Expectation("risk_areas", "2021-06-08", "unit_code = '180'", "#1A9641", "Tràng Định, level 1 (Bình thường mới)"),
                new Expectation("isolation_zones", "2021-06-08", "zone_name = 'Khu phong tỏa thôn Phổng, xã Vân Nham'", "#762A83",
                        "the Vân Nham lockdown zone"),
                new Expectation("checkpoints", "2021-06-08", "checkpoint_name = 'Chốt phong tỏa thôn Phổng, xã Vân Nham'", "#1A1A1A",
                        "the Vân Nham checkpoint's X"),
                new Expectation("quarantine_facilities", "2021-06-08", "true", "#2166AC", "a quarantine facility's square"),
                new Expectation("patient_homes", "2021-06-08", "true", "#D7191C", "a case home's area"),
                new Expectation("visited_recent", "2021-06-08", "true", "#E6550D", "a place visited within 14 days"),
                new Expectation("visited_earlier", "2021-06-08", "true", "#8C7A9B", "a place visited over 14 days ago"));
    }

    @BeforeAll
    void publishTheSample() throws Exception {
        reachable = PublishedSample.geoServerReachable("StyleRenderingIT");
        if (reachable) {
            sample.publishBoth();
        }
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (reachable && !PublishedSample.keep()) {
            sample.drop();
        }
    }

    @Test
    void everyLayerHasAnExpectation() {
        assumeTrue(reachable, "no GeoServer");
        List<String> layers = new vn.covidmaps.engine.Publisher(sample.settings).catalog().layers().stream().map(l -> l.name()).sorted().toList();
        assertEquals(layers, expectations().map(Expectation::layer).distinct().sorted().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void theStylePaintsTheFeatureInItsColour(Expectation expected) throws Exception {
        assumeTrue(reachable, "no GeoServer");
        // the feature's own point: a point inside the area, or the point itself; one not shared with another feature
        double[] at = sample.point("select ST_X(p), ST_Y(p) from (select ST_PointOnSurface(geom) p from " + sample.schema() + "."
                + expected.layer() + " where report_date = '" + expected.date() + "' and " + expected.where() + " order by fid limit 1) f");
        BufferedImage image = getMap(expected.layer(), at[0], at[1], expected.date());
        ImageIO.write(image, "png", Files.createDirectories(ARTIFACTS).resolve("style-" + expected.layer() + "-"
                + expected.colour().substring(1) + ".png").toFile());
        int near = matching(image, expected.colour(), CENTRE - 5, CENTRE + 5);
        int corners = matching(image, expected.colour(), 0, 6);
        System.out.printf("  style %-22s %s %s: %d of 121 pixels at the feature in %s%n", expected.layer(), expected.date(),
                expected.why(), near, expected.colour());
        assertTrue(near >= 3, expected + ": only " + near + " pixels of that colour around the feature");
        if (!expected.layer().equals("risk_areas") && !expected.layer().equals("isolation_zones")) {
            assertEquals(0, corners, expected + ": a point symbol must not fill the corner of a 400 m box");
        }
    }

    /** A transparent PNG, SIZE pixels square, of ±0.002° (about 200 m) around the point. */
    private BufferedImage getMap(String layer, double lon, double lat, String date) throws Exception {
        String bbox = (lon - 0.002) + "," + (lat - 0.002) + "," + (lon + 0.002) + "," + (lat + 0.002);
        String url = sample.wmsUrl() + "?service=WMS&version=1.1.1&request=GetMap&layers=" + sample.workspace + ":" + layer
                + "&styles=&srs=EPSG:4326&bbox=" + bbox + "&width=" + SIZE + "&height=" + SIZE
                + "&format=image/png&transparent=true&time=" + date;
        HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 200 || !type.startsWith("image/png")) {
            throw new AssertionError("GetMap " + url + " answered " + response.statusCode() + " " + type + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    /** Painted pixels of the square [from, to]² whose colour is within 40 of the expected one in every channel. */
    private static int matching(BufferedImage image, String hex, int from, int to) {
        int expected = Integer.parseInt(hex.substring(1), 16);
        int count = 0;
        for (int y = from; y <= to; y++) {
            for (int x = from; x <= to; x++) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) > 0 && close(argb >> 16, expected >> 16) && close(argb >> 8, expected >> 8) && close(argb, expected)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean close(int a, int b) {
        return Math.abs((a & 0xFF) - (b & 0xFF)) <= 40;
    }
}
