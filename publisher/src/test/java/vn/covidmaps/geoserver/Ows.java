package vn.covidmaps.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.imageio.ImageIO;

/** Anonymous OGC requests to GeoServer, the way a portal or QGIS makes them. */
final class Ows {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Ows() {
    }

    static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode getFeature(String typeName) throws IOException, InterruptedException {
        return getFeature(TestGeoServer.WORKSPACE, typeName);
    }

    static JsonNode getFeature(String workspace, String typeName) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(TestGeoServer.URL + "/" + workspace
                + "/ows?service=WFS&version=2.0.0&request=GetFeature&typeNames=" + typeName + "&outputFormat=application/json");
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != 200 || !body.startsWith("{")) {
            throw new AssertionError("WFS GetFeature " + typeName + " failed: " + body);
        }
        return Json.parse(body);
    }

    /** A 256×256 transparent PNG of the layers over the box (lon/lat), optionally at a TIME. */
    static BufferedImage getMap(String layers, Bbox box, String time) throws IOException, InterruptedException {
        return getMap(TestGeoServer.WORKSPACE, layers, box, time);
    }

    static BufferedImage getMap(String workspace, String layers, Bbox box, String time) throws IOException, InterruptedException {
        String url = TestGeoServer.URL + "/" + workspace + "/wms?service=WMS&version=1.1.1&request=GetMap"
                + "&layers=" + layers + "&styles=&srs=EPSG:4326&bbox=" + box.minx() + "," + box.miny() + "," + box.maxx()
                + "," + box.maxy() + "&width=256&height=256&format=image/png&transparent=true"
                + (time == null ? "" : "&time=" + time);
        HttpResponse<byte[]> response = get(url);
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 200 || !type.startsWith("image/png")) {
            throw new AssertionError("WMS GetMap failed (" + type + "): " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    /** Pixels that are not fully transparent. */
    static int paintedPixels(BufferedImage image) {
        int painted = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0) {
                    painted++;
                }
            }
        }
        return painted;
    }
}
