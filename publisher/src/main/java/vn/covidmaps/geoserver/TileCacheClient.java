package vn.covidmaps.geoserver;

import java.util.LinkedHashSet;
import java.util.Set;

/** GeoWebCache's REST API: which layers have a tile cache, and deleting a layer's tiles. */
final class TileCacheClient {
    private final GeoServerTransport http;

    TileCacheClient(GeoServerTransport http) {
        this.http = http;
    }

    /** Names ("workspace:layer") of the cached layers and groups. */
    Set<String> cachedLayers() {
        Set<String> names = new LinkedHashSet<>();
        http.get("gwc/rest/layers.json").map(Json::parse).ifPresent(list -> list.forEach(n -> names.add(n.asText())));
        return names;
    }

    /** Deletes every tile of the layer, in every grid set, format and parameter combination. */
    void truncate(String qualifiedName) {
        http.post("gwc/rest/masstruncate", GeoServerTransport.GWC_XML,
                "<truncateLayer><layerName>" + qualifiedName + "</layerName></truncateLayer>");
    }
}
