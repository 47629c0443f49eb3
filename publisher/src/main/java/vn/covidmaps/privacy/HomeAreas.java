package vn.covidmaps.privacy;

import java.nio.ByteBuffer;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import vn.covidmaps.geometry.CircleBuilder;
import vn.covidmaps.layer.TextKey;

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
        Polygon circle = CircleBuilder.get().circle(new Coordinate(centre.lon2, centre.lat2), radiusMetres);
        circle.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            c.x = Math.rint(c.x * GRID) / GRID;
            c.y = Math.rint(c.y * GRID) / GRID;
        });
        circle.geometryChanged();
        return circle;
    }

    /** The top 53 bits of a hash word as a number in [0, 1). */
    private static double unit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }
}
