package vn.covidmaps.qgis;

import java.time.LocalDate;
import java.util.List;

/**
 * What the QGIS project shows.
 *
 * @param wmsUrl      the workspace's WMS endpoint
 * @param wfsUrl      the workspace's OWS endpoint for WFS
 * @param group       the layer group's WMS name (no workspace prefix, as the workspace's WMS lists it)
 * @param reportDates the published report dates, oldest first: the TIME values and the temporal controller's range
 * @param bounds      west, south, east, north of the group
 * @param layers      in the group's drawing order, areas first
 */
record ProjectContent(String title, String wmsUrl, String wfsUrl, String group, List<LocalDate> reportDates, double[] bounds,
                      List<Layer> layers) {

    /** One layer: its WMS name and SLD style, its WFS feature type (latest report) and geometry. */
    record Layer(String name, String title, String style, String wfsTypeName, String geometry) {
    }
}
