package vn.covidmaps.portal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.geoserver.DownloadLinks;
import vn.covidmaps.geoserver.GeoServerTransport;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.postgis.Database;
import vn.covidmaps.postgis.DatabaseException;
import vn.covidmaps.text.Text;

/**
 * The {@code covidmaps portal} command's engine: asks the configured GeoServer's WMS which report dates
 * are published, then writes the map page for them.
 */
public final class MapPortal {
    public static final String TITLE = "Bản đồ dịch COVID-19";
    /** The base map's layer group is the map's group name with this suffix. */
    public static final String BASEMAP_SUFFIX = "_basemap";
    static final String BOUNDARIES_ATTRIBUTION = "Ranh giới hành chính 2021: dvhcvn (GPL-3.0)";

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
        PublishedMap published = new WmsCapabilities(ownWms, timeout).read(group, layerNames, group + BASEMAP_SUFFIX);

        String base = trim(publicGeoServerUrl == null ? settings.require(Setting.GEOSERVER_URL) : publicGeoServerUrl);
        String wfs = base + "/" + workspace + "/ows";
        List<PortalPage.Layer> layers = catalog.layers().stream().map(l -> layer(l, workspace, wfs)).toList();
        String wms = base + "/" + workspace + "/wms";
        return new PortalPage(TITLE, wms, wmts(base, workspace + ":" + group) + "&time={time}", workspace + ":" + group,
                published.reportDates().stream().map(Object::toString).toList(), published.bounds(), layers,
                baseMap(base, workspace + ":" + group + BASEMAP_SUFFIX, published.baseMapBounds()),
                (int) settings.wholeNumber(Setting.PORTAL_NEAR_ME_METRES, 1, 100_000), PortalWriter.DATA + "/");
    }

    /** GeoWebCache's WMTS GetTile (KVP) of a layer in Web Mercator, with Leaflet's {z}/{x}/{y}. */
    static String wmts(String geoserver, String layer) {
        return geoserver + "/gwc/service/wmts?service=WMTS&request=GetTile&version=1.0.0&layer=" + layer
                + "&style=&tilematrixset=EPSG:900913&format=image/png&tilematrix=EPSG:900913:{z}&tilerow={y}&tilecol={x}";
    }

    /** Writes the page and, from PostGIS, the list of places and the summary of every published report date. */
    public List<Path> write(String publicGeoServerUrl, Path directory) {
        PortalPage page = describe(publicGeoServerUrl);
        PortalWriter writer = new PortalWriter();
        List<Path> written = new ArrayList<>(writer.write(page, directory));
        PortalData data = new PortalData(settings.require(Setting.DB_SCHEMA));
        try (Connection db = new Database(settings).connect()) {
            LocalDate previous = null;
            for (String day : page.reportDates()) {
                LocalDate date = LocalDate.parse(day);
                written.add(writer.writeData(directory, date, data.read(db, date, previous)));
                previous = date;
            }
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.portal"), e);
        }
        return written;
    }

    /** The configured tiles, else the published base map group (when GeoServer offers it) through the cache. */
    private PortalPage.BaseMap baseMap(String geoserver, String baseGroup, double[][] baseBounds) {
        int maxZoom = (int) settings.wholeNumber(Setting.PORTAL_BASEMAP_MAX_ZOOM, 0, 24);
        Optional<String> attribution = settings.optional(Setting.PORTAL_BASEMAP_ATTRIBUTION);
        Optional<String> url = settings.optional(Setting.PORTAL_BASEMAP_URL);
        if (url.isPresent()) {
            return new PortalPage.BaseMap(url.get(), attribution.orElse(""), maxZoom, null);
        }
        if (baseBounds == null) {
            return null;
        }
        return new PortalPage.BaseMap(wmts(geoserver, baseGroup), attribution.orElse(BOUNDARIES_ATTRIBUTION), maxZoom, baseBounds);
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
        return settings.seconds(Setting.HTTP_TIMEOUT_SECONDS, 1, GeoServerTransport.MAX_TIMEOUT_SECONDS);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
