package vn.covidmaps.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.covidmaps.text.Text;

/**
 * Per layer, what PostGIS holds and what GeoServer serves, with the addresses analysts download from.
 *
 * @param data             per layer of the catalog, what PostGIS holds
 * @param geoserver        null when GeoServer could not be asked
 * @param geoserverProblem why not, when {@code geoserver} is null
 * @param seeding          the seeding of the group's latest tiles, null when GeoServer could not be asked
 */
public record Status(List<Data> data, GeoServer geoserver, Text geoserverProblem, SeedProgress seeding) {

    /** What PostGIS holds for a layer; {@code latest} is null when its table does not exist or is empty. */
    public record Data(String layer, LocalDate latest, long features, int reports) {
    }

    /**
     * What GeoServer serves.
     *
     * @param groupLayer  the layer group's WMS name ("workspace:group")
     * @param groupGetMap a GetMap URL showing the whole group, or "" while it has no bounds
     * @param downloads   per layer of the catalog, its latest report's download links
     */
    public record GeoServer(String wmsUrl, String wfsUrl, String groupLayer, boolean groupServed, String groupGetMap,
                            List<Served> layers, List<Downloads> downloads) {

        public Optional<Served> layer(String name) {
            return layers.stream().filter(layer -> layer.layer().equals(name)).findFirst();
        }

        /** The group and every layer are served. */
        public boolean allServed() {
            return groupServed && layers.stream().allMatch(Served::served);
        }
    }

    /**
     * One layer as GeoServer serves it.
     *
     * @param served  whether both its WMS layer and its WFS feature type exist and are enabled
     * @param problem why not, or {@link Text#NONE}
     */
    public record Served(String layer, boolean served, Text problem, String wmsLayer, String wfsTypeName, String wfsGetFeature) {
    }

    /** A layer's download links. */
    public record Downloads(String layer, List<Download> links) {
    }

    /** One download: a format name ({@code geojson}, {@code csv}, {@code shapefile}), its label and URL. */
    public record Download(String format, String label, String url) {
    }
}
