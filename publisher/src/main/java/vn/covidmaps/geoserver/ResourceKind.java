package vn.covidmaps.geoserver;

/** The kinds of GeoServer resource a plan lists, in the order they are written. */
public enum ResourceKind {
    WORKSPACE("workspace"),
    SERVICE("service"),
    DATASTORE("datastore"),
    STYLE("style"),
    FEATURE_TYPE("feature type"),
    TIME_DIMENSION("TIME dimension"),
    DEFAULT_STYLE("default style"),
    BOUNDS("bounding boxes"),
    LAYER_GROUP("layer group"),
    GROUP_BOUNDS("group bounds"),
    TILE_LAYER("tile layer");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
