package vn.covidmaps.geometry;

import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.NoninvertibleTransformException;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A circle of a radius in metres around a point: buffered in UTM zone 48N (EPSG:32648), where a
 * metre is a metre across northern Vietnam, then brought back to WGS 84 degrees.
 */
public final class CircleBuilder {
    private static final int SEGMENTS_PER_QUADRANT = 16;
    private static volatile CircleBuilder instance;

    private final GeometryFactory factory = new GeometryFactory();
    private final MathTransform toUtm;
    private final MathTransform toWgs84;

    private CircleBuilder() throws FactoryException, NoninvertibleTransformException {
        // longitude-first, so the transform takes x = lon, y = lat like our geometries
        var utm = CRS.decode("EPSG:32648", true);
        this.toUtm = CRS.findMathTransform(DefaultGeographicCRS.WGS84, utm);
        this.toWgs84 = toUtm.inverse();
    }

    /** The EPSG database is opened only when a sheet actually has a circle to build. */
    public static CircleBuilder get() {
        if (instance == null) {
            synchronized (CircleBuilder.class) {
                if (instance == null) {
                    try {
                        instance = new CircleBuilder();
                    } catch (FactoryException | NoninvertibleTransformException e) {
                        throw new IllegalStateException("GeoTools cannot set up EPSG:32648: " + e.getMessage(), e);
                    }
                }
            }
        }
        return instance;
    }

    public Geometry circle(Coordinate centreLonLat, double radiusMetres) {
        try {
            Geometry centre = JTS.transform(factory.createPoint(centreLonLat), toUtm);
            return JTS.transform(centre.buffer(radiusMetres, SEGMENTS_PER_QUADRANT), toWgs84);
        } catch (TransformException e) {
            throw new IllegalStateException("cannot project " + centreLonLat + " to UTM 48N", e);
        }
    }
}
