package vn.covidmaps.qgis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.error.FileException;
import vn.covidmaps.geoserver.GeoServerTransport;
import vn.covidmaps.geoserver.PublicationModel;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.portal.PublishedMap;
import vn.covidmaps.portal.WmsCapabilities;
import vn.covidmaps.text.Text;

/**
 * The {@code covidmaps qgis-project} command's engine: asks GeoServer's WMS which report dates are published,
 * then writes one QGIS project (.qgs) with the map over WMS, by date, and the data over WFS.
 */
public final class QgisProject {
    private final Settings settings;
    private final LayerCatalog catalog;

    public QgisProject(Settings settings, LayerCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
    }

    /** @param publicGeoServerUrl GeoServer's base URL as the analysts reach it; null: {@code geoserver.url} */
    ProjectContent describe(String publicGeoServerUrl) {
        String workspace = settings.require(Setting.GEOSERVER_WORKSPACE);
        String group = settings.require(Setting.GEOSERVER_LAYER_GROUP);
        Set<String> names = new LinkedHashSet<>();
        catalog.layers().forEach(l -> names.add(l.name()));
        String own = trim(settings.require(Setting.GEOSERVER_URL)) + "/" + workspace;
        PublishedMap published = new WmsCapabilities(own + "/wms", timeout()).read(group, names);
        String base = trim(publicGeoServerUrl == null ? settings.require(Setting.GEOSERVER_URL) : publicGeoServerUrl) + "/" + workspace;
        List<ProjectContent.Layer> layers = catalog.layers().stream().map(l -> layer(l, workspace)).toList();
        return new ProjectContent("Bản đồ dịch COVID-19", base + "/wms", base + "/ows", group, published.reportDates(),
                new double[] {published.west(), published.south(), published.east(), published.north()}, layers);
    }

    /** Writes the project; returns what it shows. */
    public List<String> write(String publicGeoServerUrl, Path file) {
        ProjectContent content = describe(publicGeoServerUrl);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, new ProjectXml(content).text(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FileException(Text.of("io.qgis", file, FileException.reason(e)), e);
        }
        return content.reportDates().stream().map(Object::toString).toList();
    }

    private static ProjectContent.Layer layer(LayerDefinition layer, String workspace) {
        String style = layer.style() == null ? layer.name() : layer.style();
        String geometry = layer.publishedGeometryType().equals("Point") ? "Point" : "Polygon";
        return new ProjectContent.Layer(layer.name(), layer.title(), style,
                workspace + ":" + layer.name() + PublicationModel.LATEST_SUFFIX, geometry);
    }

    private Duration timeout() {
        return settings.seconds(Setting.HTTP_TIMEOUT_SECONDS, 1, GeoServerTransport.MAX_TIMEOUT_SECONDS);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
