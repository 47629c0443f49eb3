package vn.covidmaps.geometry;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Every area layer is stored as MultiPolygon, so GeoServer sees one geometry type per table. */
public final class Polygons {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Polygons() {
    }

    public static MultiPolygon toMultiPolygon(Geometry geometry) {
        if (geometry instanceof MultiPolygon multi) {
            return multi;
        }
        if (geometry instanceof Polygon polygon) {
            return FACTORY.createMultiPolygon(new Polygon[] {polygon});
        }
        throw new IllegalArgumentException("a " + geometry.getGeometryType() + " is not a polygon");
    }
}
