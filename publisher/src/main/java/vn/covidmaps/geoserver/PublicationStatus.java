package vn.covidmaps.geoserver;

import java.util.List;
import vn.covidmaps.text.Text;

/**
 * What GeoServer serves.
 *
 * @param wmsUrl      the workspace's WMS endpoint
 * @param wfsUrl      the workspace's WFS endpoint
 * @param groupLayer  the layer group's WMS name ("workspace:group")
 * @param groupServed whether the group exists
 * @param groupGetMap a GetMap URL showing the whole group, or "" while it has no bounds
 */
public record PublicationStatus(String wmsUrl, String wfsUrl, String groupLayer, boolean groupServed, String groupGetMap,
                                List<LayerStatus> layers) {

    /**
     * One layer definition as GeoServer serves it.
     *
     * @param layer            the layer definition's name
     * @param served           whether both its WMS layer and its WFS feature type exist and are enabled
     * @param problem          why not, or {@link Text#NONE}
     * @param wmsLayer         WMS layer name (all reports, TIME dimension; default = latest report)
     * @param wfsTypeName      WFS feature type name (latest report only)
     * @param wmsGetMap        a GetMap URL of the layer over its bounds, or "" while it has none
     * @param wfsGetFeature    a GetFeature URL returning GeoJSON
     */
    public record LayerStatus(String layer, boolean served, Text problem, String wmsLayer, String wfsTypeName,
                              String wmsGetMap, String wfsGetFeature) {
    }
}
