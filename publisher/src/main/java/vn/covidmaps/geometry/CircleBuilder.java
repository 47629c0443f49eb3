package vn.covidmaps.geometry;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A circle of a radius in metres around a point, in WGS 84 degrees: its vertices lie exactly that
 * geodesic distance from the centre on the WGS 84 ellipsoid (GeographicLib's direct problem). This is
 * exact wherever the province is, where buffering in a UTM zone is not, and it needs no projection
 * set-up: GeoTools took half a second to prepare one.
 */
public final class CircleBuilder {
    /** As JTS buffers with 16 segments per quadrant: 64 vertices. */
    private static final int VERTICES = 64;
    private static final CircleBuilder INSTANCE = new CircleBuilder();

    private final GeometryFactory factory = new GeometryFactory();

    private CircleBuilder() {
    }

    public static CircleBuilder get() {
        return INSTANCE;
    }

    /** A counter-clockwise ring starting due north of the centre. */
    public Polygon circle(Coordinate centreLonLat, double radiusMetres) {
        Coordinate[] ring = new Coordinate[VERTICES + 1];
        for (int i = 0; i < VERTICES; i++) {
            double azimuth = -360.0 * i / VERTICES; // degrees clockwise from north, so negative turns counter-clockwise
            GeodesicData vertex = Geodesic.WGS84.Direct(centreLonLat.y, centreLonLat.x, azimuth, radiusMetres);
            ring[i] = new Coordinate(vertex.lon2, vertex.lat2);
        }
        ring[VERTICES] = ring[0].copy();
        return factory.createPolygon(ring);
    }
}
