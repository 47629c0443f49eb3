package vn.covidmaps.portal;

import java.util.List;
import vn.covidmaps.geoserver.DownloadLinks;

/**
 * Everything the map page needs to know, written into its {@code config.js}.
 *
 * @param wmsUrl      the workspace's WMS endpoint as the visitor's browser reaches it (may be relative, e.g. /geoserver/ws/wms)
 * @param tilesUrl    GeoWebCache's WMTS tile template for the group, {time} standing for the report date: the cached
 *                    tiles, one cache per date (the TIME parameter filter that publish keeps)
 * @param groupLayer  the layer group drawn on the map, {@code workspace:group}
 * @param reportDates ISO dates the WMS TIME parameter accepts, oldest first; the page starts at the last
 * @param bounds      [[south, west], [north, east]] of the layer group
 * @param layers      the group's layers in drawing order
 * @param baseMap     what is drawn under the layers
 * @param nearMeMetres radius of the "Gần tôi" list
 * @param dataUrl     directory (relative to the page) of the per-date lists, {@code <date>.json}
 */
public record PortalPage(String title, String wmsUrl, String tilesUrl, String groupLayer, List<String> reportDates, double[][] bounds,
        List<Layer> layers, BaseMap baseMap, int nearMeMetres, String dataUrl) {

    /**
     * The base map: tiles from a URL template ({@code {z}/{x}/{y}}, XYZ or a WMTS KVP/REST template); by default
     * GeoWebCache's WMTS of the published base map group. {@code bounds} [[south, west], [north, east]] limits the
     * tiles asked for (null: the whole world).
     */
    public record BaseMap(String url, String attribution, int maxZoom, double[][] bounds) {
    }

    /**
     * One layer: its WMS name, Vietnamese title, the published attributes the popup lists, and download links of
     * its latest report (GeoJSON, CSV with longitude/latitude columns, Shapefile in UTF-8).
     */
    public record Layer(String name, String wmsName, String title, List<Field> attributes, List<DownloadLinks.Download> downloads) {
    }

    /** One published attribute; {@code date} ones are shown as dd/mm/yyyy. */
    public record Field(String name, String title, boolean date) {
    }
}
