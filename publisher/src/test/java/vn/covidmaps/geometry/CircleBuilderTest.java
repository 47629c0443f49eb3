package vn.covidmaps.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.geographiclib.Geodesic;
import org.locationtech.jts.algorithm.Orientation;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class CircleBuilderTest {
    private static final Coordinate LANG_SON = new Coordinate(106.76, 21.85);

    @Test
    void aCircleIsRoundInMetres() {
        Polygon circle = CircleBuilder.get().circle(LANG_SON, 500);
        assertEquals(2 * 500 / 110_700.0, circle.getEnvelopeInternal().getHeight(), 2e-5); // a degree of latitude is ~110.7 km here
        assertEquals(2 * 500 / (111_320.0 * Math.cos(Math.toRadians(21.85))), circle.getEnvelopeInternal().getWidth(), 3e-5);
    }

    @Test
    void everyVertexIsTheRadiusAwayOnTheEllipsoidEvenForTheLargestZone() {
        Polygon circle = CircleBuilder.get().circle(LANG_SON, 20_000);
        assertTrue(circle.isValid());
        assertTrue(Orientation.isCCW(circle.getExteriorRing().getCoordinateSequence()), "exterior ring counter-clockwise");
        assertEquals(65, circle.getNumPoints());
        for (Coordinate vertex : circle.getCoordinates()) {
            double metres = Geodesic.WGS84.Inverse(LANG_SON.y, LANG_SON.x, vertex.y, vertex.x).s12;
            assertEquals(20_000, metres, 1e-6);
        }
    }
}
