package vn.covidmaps.portal;

import java.util.List;
import vn.covidmaps.geoserver.DownloadLinks;

/**
 * Everything the map page needs to know, written into its {@code config.js}.
 *
 * @param wmsUrl      the workspace's WMS endpoint as the visitor's browser reaches it (may be relative, e.g. /geoserver/ws/wms)
 * @param groupLayer  the layer group drawn on the map, {@code workspace:group}
 * @param reportDates ISO dates the WMS TIME parameter accepts, oldest first; the page starts at the last
 * @param bounds      [[south, west], [north, east]] of the layer group
 * @param layers      the group's layers in drawing order
 */
public record PortalPage(String title, String wmsUrl, String groupLayer, List<String> reportDates, double[][] bounds,
        List<Layer> layers) {

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
