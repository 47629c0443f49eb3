package vn.covidmaps.privacy;

import java.nio.ByteBuffer;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import vn.covidmaps.text.TextKey;

/**
 * Turns where a person lives into the area that is published instead: a circle of the layer's radius
 * whose centre lies away from the home by a distance and in a direction taken from a keyed hash of the
 * person's code. The same code, key and home give exactly the same circle in every report, so averaging
 * reports gives nothing away; without the key, the offset cannot be recomputed from the code.
 *
 * <p>The centre lies between {@link #NEAREST} and {@link #FARTHEST} of the radius from the home, uniformly
 * over that ring's area: the home is never at the centre, the median offset is about 0.66 of the radius,
 * and the rim stays at least a tenth of the radius away from the home.
 */
public final class HomeAreas {
    static final double NEAREST = 0.25;
    static final double FARTHEST = 0.9;
    /** Vertices rounded to 1e-7 degrees (about 1 cm), so the same area is written identically everywhere. */
    private static final double GRID = 1e7;
    /** As {@link vn.covidmaps.geometry.CircleBuilder}: 64 vertices, counter-clockwise from due north. */
    private static final int VERTICES = 64;
    private static final double[] SIN = new double[VERTICES];
    private static final double[] COS = new double[VERTICES];
    private static final double A = Geodesic.WGS84.EquatorialRadius();
    private static final double E2 = Geodesic.WGS84.Flattening() * (2 - Geodesic.WGS84.Flattening());
    private static final GeometryFactory FACTORY = new GeometryFactory();

    static {
        for (int i = 0; i < VERTICES; i++) {
            double azimuth = StrictMath.toRadians(-360.0 * i / VERTICES);
            SIN[i] = StrictMath.sin(azimuth);
            COS[i] = StrictMath.cos(azimuth);
        }
    }

    private final PrivacyKey key;
    private final String purpose;
    private final double radiusMetres;

    /** {@code purpose} (the layer's name) keeps two layers from sharing offsets. */
    public HomeAreas(PrivacyKey key, String purpose, double radiusMetres) {
        this.key = key;
        this.purpose = purpose;
        this.radiusMetres = radiusMetres;
    }

    /** Where the area's centre lies relative to the home: a distance in metres and an azimuth in degrees. */
    public record Offset(double metres, double azimuth) {
    }

    public Offset offset(String code) {
        ByteBuffer hash = ByteBuffer.wrap(key.hash(purpose + '\u0000' + TextKey.of(code)));
        double u = unit(hash.getLong());
        double v = unit(hash.getLong());
        double fraction = Math.sqrt(NEAREST * NEAREST + u * (FARTHEST * FARTHEST - NEAREST * NEAREST));
        return new Offset(fraction * radiusMetres, 360.0 * v - 180.0);
    }

    /** The published area for the person of {@code code} living at {@code home} (lon/lat). */
    public Polygon area(String code, Coordinate home) {
        Offset offset = offset(code);
        GeodesicData centre = Geodesic.WGS84.Direct(home.y, home.x, offset.azimuth(), offset.metres());
        return circle(centre.lon2, centre.lat2);
    }

    /**
     * A circle of the radius around the centre, from the ellipsoid's radii of curvature at the centre: for
     * the few hundred metres of a home area this is within millimetres of {@link vn.covidmaps.geometry.CircleBuilder}'s geodesic
     * circle, at a sixtieth of its cost (100 000 homes took GeographicLib 6.5 s).
     */
    Polygon circle(double lon, double lat) {
        double sinLat = StrictMath.sin(StrictMath.toRadians(lat));
        double w = StrictMath.sqrt(1 - E2 * sinLat * sinLat);
        double meridian = A * (1 - E2) / (w * w * w);
        double parallel = A / w * StrictMath.cos(StrictMath.toRadians(lat));
        double dLat = StrictMath.toDegrees(radiusMetres / meridian);
        double dLon = StrictMath.toDegrees(radiusMetres / parallel);
        Coordinate[] ring = new Coordinate[VERTICES + 1];
        for (int i = 0; i < VERTICES; i++) {
            ring[i] = new Coordinate(round(lon + dLon * SIN[i]), round(lat + dLat * COS[i]));
        }
        ring[VERTICES] = ring[0].copy();
        return FACTORY.createPolygon(ring);
    }

    private static double round(double degrees) {
        return Math.rint(degrees * GRID) / GRID;
    }

    /** The top 53 bits of a hash word as a number in [0, 1). */
    private static double unit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }
}
