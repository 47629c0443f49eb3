package vn.covidmaps.portal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import vn.covidmaps.geoserver.GeoServerException;
import vn.covidmaps.text.SecureXml;
import vn.covidmaps.text.Text;

/**
 * Reads the workspace's WMS 1.3.0 GetCapabilities anonymously, as a portal visitor would, and finds the
 * report dates (TIME dimension of the given layers) and the extent of the layer group. Layer names are
 * given without the workspace prefix, as a workspace's own WMS lists them.
 */
public final class WmsCapabilities {
    private final String wmsUrl;
    private final Duration timeout;

    public WmsCapabilities(String wmsUrl, Duration timeout) {
        this.wmsUrl = wmsUrl;
        this.timeout = timeout;
    }

    public PublishedMap read(String groupLayer, Set<String> timeLayers) {
        return read(groupLayer, timeLayers, null);
    }

    /** @param baseMapGroup the base map's layer group, whose extent is read too if the WMS offers it (may be null) */
    public PublishedMap read(String groupLayer, Set<String> timeLayers, String baseMapGroup) {
        String url = wmsUrl + "?service=WMS&version=1.3.0&request=GetCapabilities";
        Element root = parse(fetch(url), url);
        Set<LocalDate> dates = new TreeSet<>();
        double[] box = null;
        double[] baseBox = null;
        NodeList layers = root.getElementsByTagNameNS("*", "Layer");
        for (int i = 0; i < layers.getLength(); i++) {
            Element layer = (Element) layers.item(i);
            String name = childText(layer, "Name").replaceFirst("^[^:]*:", "");
            if (timeLayers.contains(name)) {
                dates.addAll(timeValues(layer));
            }
            if (groupLayer.equals(name)) {
                box = geographicBox(layer);
            }
            if (name.equals(baseMapGroup)) {
                baseBox = geographicBox(layer);
            }
        }
        if (box == null) {
            throw new GeoServerException("GET", url, 200, Text.of("geoserver.noGroup", groupLayer));
        }
        if (dates.isEmpty()) {
            throw new GeoServerException("GET", url, 200, Text.of("geoserver.noDates", groupLayer));
        }
        double[][] baseBounds = baseBox == null ? null : new double[][] {{baseBox[1], baseBox[0]}, {baseBox[3], baseBox[2]}};
        return new PublishedMap(new ArrayList<>(dates), box[0], box[1], box[2], box[3], baseBounds);
    }

    private String fetch(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).build();
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(timeout).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                throw new GeoServerException("GET", url, 404, Text.of("geoserver.noWorkspace"));
            }
            if (response.statusCode() != 200) {
                throw new GeoServerException("GET", url, response.statusCode(), plain(response.body()));
            }
            return response.body();
        } catch (IOException e) {
            throw new GeoServerException("GET", url, 0, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeoServerException("GET", url, 0, Text.of("geoserver.interrupted"));
        }
    }

    private static String plain(String body) {
        String text = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static Element parse(String xml, String url) {
        try {
            return SecureXml.documentBuilder().parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new GeoServerException("GET", url, 200, Text.of("geoserver.badCapabilities", e.getMessage()));
        }
    }

    /** Values like {@code 2021-06-01T00:00:00.000Z,2021-06-08T00:00:00.000Z}, listed by GeoServer for a time dimension. */
    private static List<LocalDate> timeValues(Element layer) {
        List<LocalDate> dates = new ArrayList<>();
        for (Element dimension : children(layer, "Dimension")) {
            if ("time".equalsIgnoreCase(dimension.getAttribute("name"))) {
                for (String value : dimension.getTextContent().trim().split(",")) {
                    if (value.length() >= 10) {
                        dates.add(LocalDate.parse(value.trim().substring(0, 10)));
                    }
                }
            }
        }
        return dates;
    }

    private static double[] geographicBox(Element layer) {
        for (Element box : children(layer, "EX_GeographicBoundingBox")) {
            return new double[] {number(box, "westBoundLongitude"), number(box, "southBoundLatitude"),
                    number(box, "eastBoundLongitude"), number(box, "northBoundLatitude")};
        }
        return null;
    }

    private static double number(Element parent, String name) {
        return Double.parseDouble(childText(parent, name));
    }

    private static String childText(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().trim();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
