package vn.covidmaps.layer;

/** How a layer's rows become geometries, and the PostGIS geometry type that results. */
public enum GeometryKind {
    /** Latitude/longitude columns, or one coordinates cell. */
    POINT("Point"),
    /** A WKT/GeoJSON boundary cell, or a centre point plus a radius in metres. */
    AREA("MultiPolygon"),
    /** An administrative unit looked up by GSO code or names in the boundary dataset. */
    ADMIN_UNIT("MultiPolygon");

    private final String postgisType;

    GeometryKind(String postgisType) {
        this.postgisType = postgisType;
    }

    public String postgisType() {
        return postgisType;
    }
}
