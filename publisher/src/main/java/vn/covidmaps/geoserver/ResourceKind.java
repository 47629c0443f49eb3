package vn.covidmaps.geoserver;

import vn.covidmaps.text.Text;

/** The kinds of GeoServer resource a plan lists, in the order they are written. */
public enum ResourceKind {
    WORKSPACE("workspace"),
    SERVICE("service"),
    DATASTORE("datastore"),
    STYLE("style"),
    FEATURE_TYPE("featureType"),
    TIME_DIMENSION("timeDimension"),
    DEFAULT_STYLE("defaultStyle"),
    BOUNDS("bounds"),
    LAYER_GROUP("layerGroup"),
    GROUP_BOUNDS("groupBounds"),
    TILE_LAYER("tileLayer");

    private final String key;

    ResourceKind(String key) {
        this.key = key;
    }

    /** The kind's name in messages*.properties, without the {@code kind.} prefix. */
    public String key() {
        return key;
    }

    /** The kind's English name, such as {@code feature type}, for logs and tests; plans print {@link #key}'s message. */
    public String label() {
        return Text.of("kind." + key).english();
    }
}
