package vn.covidmaps.geometry;

import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.NoninvertibleTransformException;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.geotools.api.referencing.crs.ProjectedCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A circle of a radius in metres around a point: buffered in UTM zone 48N (EPSG:32648), where a
 * metre is a metre across northern Vietnam, then brought back to WGS 84 degrees. The zone is given
 * as its EPSG WKT, which GeoTools parses in milliseconds; opening the EPSG database would cost
 * seconds on every run.
 */
public final class CircleBuilder {
    private static final int SEGMENTS_PER_QUADRANT = 16;
    private static volatile CircleBuilder instance;
    /** EPSG:32648, WGS 84 / UTM zone 48N, as the EPSG registry defines it. */
    static final String UTM_48N = "PROJCS[\"WGS 84 / UTM zone 48N\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\","
            + "SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],"
            + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\",\"4326\"]],"
            + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",105],"
            + "PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],"
            + "UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"32648\"]]";

    private final GeometryFactory factory = new GeometryFactory();
    private final MathTransform toUtm;
    private final MathTransform toWgs84;

    private CircleBuilder() throws FactoryException, NoninvertibleTransformException {
        // the projection itself: both sides are WGS 84, so no datum shift (and no EPSG database lookup) is involved
        var utm = (ProjectedCRS) CRS.parseWKT(UTM_48N);
        this.toUtm = utm.getConversionFromBase().getMathTransform();
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
