package vn.covidmaps.geoserver;

import java.util.List;
import vn.covidmaps.layer.LayerDefinition;

/**
 * Download links of a layer's latest report, as WFS requests that GeoServer 2.21 answers correctly:
 * longitude before latitude and UTF-8 text in every format.
 * <ul>
 *   <li>GeoJSON: GeoServer writes it lon/lat (RFC 7946) and in UTF-8 whatever the request.</li>
 *   <li>CSV: UTF-8, with the view's {@code longitude} and {@code latitude} columns; GeoServer adds the geometry
 *       as WKT whatever {@code propertyName} says, so the short {@code srsName=EPSG:4326} makes it lon/lat too
 *       (WFS 2.0 otherwise writes EPSG:4326 as lat/lon).</li>
 *   <li>Shapefile: WFS 2.0 writes EPSG:4326 lat/lon as x/y unless the short {@code srsName=EPSG:4326} is
 *       asked for, and the DBF in ISO-8859-1 unless {@code format_options=CHARSET:UTF-8}; with it the zip holds a
 *       {@code .cst} saying UTF-8. GeoServer 2.21 cannot add a {@code .cpg}: its SHAPE-ZIP keeps only
 *       .shp/.shx/.dbf/.prj/.cst/.txt.</li>
 * </ul>
 */
public final class DownloadLinks {
    /** One download: a format name ({@code geojson}, {@code csv}, {@code shapefile}), its Vietnamese label and URL. */
    public record Download(String format, String label, String url) {
    }

    private DownloadLinks() {
    }

    /** @param wfsUrl the workspace's OWS endpoint, e.g. {@code https://host/geoserver/covidmaps/ows} */
    public static List<Download> of(String wfsUrl, String workspace, LayerDefinition layer) {
        String base = wfsUrl + "?service=WFS&version=2.0.0&request=GetFeature&typeNames=" + workspace + ":"
                + layer.name() + PublicationModel.LATEST_SUFFIX;
        return List.of(
                new Download("geojson", "GeoJSON", base + "&outputFormat=application/json"),
                new Download("csv", "CSV (kinh độ, vĩ độ)", base + "&outputFormat=csv&srsName=EPSG:4326"),
                new Download("shapefile", "Shapefile (UTF-8)", base + "&outputFormat=SHAPE-ZIP&srsName=EPSG:4326"
                        + "&format_options=CHARSET:UTF-8"));
    }
}
