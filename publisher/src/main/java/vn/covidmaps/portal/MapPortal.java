package vn.covidmaps.portal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.geoserver.DownloadLinks;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;

/**
 * The {@code covidmaps portal} command's engine: asks the configured GeoServer's WMS which report dates
 * are published, then writes the map page for them.
 */
public final class MapPortal {
    public static final String TITLE = "Bản đồ dịch COVID-19";

    private final Settings settings;
    private final LayerCatalog catalog;

    public MapPortal(Settings settings, LayerCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
    }

    /**
     * @param publicGeoServerUrl GeoServer's base URL as visitors' browsers reach it (absolute, or a path
     *                           like {@code /geoserver} when the page is served behind the same host); null: {@code geoserver.url}
     */
    public PortalPage describe(String publicGeoServerUrl) {
        String workspace = settings.require(Setting.GEOSERVER_WORKSPACE);
        String group = settings.require(Setting.GEOSERVER_LAYER_GROUP);
        Set<String> layerNames = new LinkedHashSet<>();
        catalog.layers().forEach(l -> layerNames.add(l.name()));
        String ownWms = trim(settings.require(Setting.GEOSERVER_URL)) + "/" + workspace + "/wms";
        Duration timeout = timeout(settings);
        PublishedMap published = new WmsCapabilities(ownWms, timeout).read(group, layerNames);

        String base = publicGeoServerUrl == null ? settings.require(Setting.GEOSERVER_URL) : publicGeoServerUrl;
        String wfs = trim(base) + "/" + workspace + "/ows";
        List<PortalPage.Layer> layers = catalog.layers().stream().map(l -> layer(l, workspace, wfs)).toList();
        double[][] bounds = {{published.south(), published.west()}, {published.north(), published.east()}};
        return new PortalPage(TITLE, trim(base) + "/" + workspace + "/wms", workspace + ":" + group,
                published.reportDates().stream().map(Object::toString).toList(), bounds, layers);
    }

    public List<Path> write(String publicGeoServerUrl, Path directory) {
        return new PortalWriter().write(describe(publicGeoServerUrl), directory);
    }

    private static PortalPage.Layer layer(LayerDefinition layer, String workspace, String wfs) {
        List<PortalPage.Field> fields = layer.attributes().stream().map(MapPortal::field).toList();
        return new PortalPage.Layer(layer.name(), workspace + ":" + layer.name(), layer.title(), fields,
                DownloadLinks.of(wfs, workspace, layer));
    }

    private static PortalPage.Field field(Attribute attribute) {
        return new PortalPage.Field(attribute.name(), attribute.title(), attribute.sqlType().equals("date"));
    }

    private static Duration timeout(Settings settings) {
        String seconds = settings.require(Setting.HTTP_TIMEOUT_SECONDS);
        try {
            return Duration.ofSeconds(Long.parseLong(seconds));
        } catch (NumberFormatException e) {
            throw new ConfigurationException("http.timeout_seconds must be a whole number of seconds, not '" + seconds + "'");
        }
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
