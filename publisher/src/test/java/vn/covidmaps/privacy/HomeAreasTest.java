package vn.covidmaps.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** The generalisation of a thousand synthetic homes around Lạng Sơn. */
class HomeAreasTest {
    private static final double RADIUS = 150;
    private static final PrivacyKey KEY = PrivacyKey.of("a test key of forty characters, at least");
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private record Home(String code, Coordinate at) {
    }

    private static List<Home> homes() {
        Random random = new Random(2021);
        List<Home> homes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            homes.add(new Home("BN" + (3000 + i), new Coordinate(106.2 + random.nextDouble() * 1.0, 21.4 + random.nextDouble() * 0.9)));
        }
        return homes;
    }

    private static double metres(Coordinate a, Coordinate b) {
        return Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x).s12;
    }

    /** The centre of a circle from CircleBuilder: the geodesic midpoint of its north and south vertices. */
    private static Coordinate centre(Polygon area) {
        Coordinate north = area.getExteriorRing().getCoordinateN(0);
        Coordinate south = area.getExteriorRing().getCoordinateN(32);
        return new Coordinate(north.x, (north.y + south.y) / 2);
    }

    @Test
    void everyHomeIsInsideItsAreaAndNeitherAtItsCentreNorNearItsRim() {
        HomeAreas areas = new HomeAreas(KEY, "patient_homes", RADIUS);
        for (Home home : homes()) {
            Polygon area = areas.area(home.code(), home.at());
            assertTrue(area.contains(FACTORY.createPoint(home.at())), home.code() + " lies in its area");
            double fromCentre = metres(home.at(), centre(area));
            assertTrue(fromCentre > 0.2 * RADIUS && fromCentre < 0.92 * RADIUS, home.code() + ": " + fromCentre + " m from the centre");
            for (Coordinate vertex : area.getCoordinates()) {
                assertTrue(metres(vertex, home.at()) > 0.09 * RADIUS, home.code() + ": a vertex lies near the home");
            }
        }
    }

    @Test
    void theMedianDistanceFromHomeToCentreIsAtLeastFortyPercentOfTheRadius() {
        HomeAreas areas = new HomeAreas(KEY, "patient_homes", RADIUS);
        double[] distances = homes().stream().mapToDouble(h -> metres(h.at(), centre(areas.area(h.code(), h.at())))).sorted().toArray();
        double median = (distances[499] + distances[500]) / 2;
        System.out.printf("  median home-to-centre distance: %.1f m of %.0f m (%.0f %%)%n", median, RADIUS, 100 * median / RADIUS);
        assertTrue(median >= 0.4 * RADIUS, "median " + median);
        // and the directions are spread: each quarter of the compass gets a fair share
        int[] quarters = new int[4];
        homes().forEach(h -> quarters[(int) Math.floor((areas.offset(h.code()).azimuth() + 180) / 90) % 4]++);
        Arrays.stream(quarters).forEach(q -> assertTrue(q > 200 && q < 300, Arrays.toString(quarters)));
    }

    @Test
    void theSameKeyAndCodeGiveTheSameAreaAndAnotherKeyAnotherArea() {
        HomeAreas areas = new HomeAreas(KEY, "patient_homes", RADIUS);
        HomeAreas again = new HomeAreas(PrivacyKey.of("a test key of forty characters, at least"), "patient_homes", RADIUS);
        HomeAreas otherKey = new HomeAreas(PrivacyKey.of("another key, just as long as the first one"), "patient_homes", RADIUS);
        int moved = 0;
        for (Home home : homes()) {
            Polygon area = areas.area(home.code(), home.at());
            assertTrue(Arrays.equals(area.getCoordinates(), again.area(home.code(), home.at()).getCoordinates()), home.code());
            assertTrue(area.equalsExact(areas.area(" " + home.code().toLowerCase() + " ", home.at())), "codes compare without case");
            if (metres(centre(area), centre(otherKey.area(home.code(), home.at()))) > 1) {
                moved++;
            }
        }
        assertEquals(1000, moved, "another key moves every area");
        assertNotEquals(areas.offset("BN3001"), areas.offset("BN3002"));
    }

    @Test
    void theCircleIsWithinAThousandthOfItsRadiusOfTheGeodesicOne() {
        for (double radius : new double[] {50, 150, 1000, 5000}) {
            HomeAreas areas = new HomeAreas(KEY, "patient_homes", radius);
            double worst = 0;
            for (double lat : new double[] {8.5, 16.0, 21.85, 23.3}) {
                Polygon circle = areas.circle(106.76, lat);
                for (Coordinate vertex : circle.getCoordinates()) {
                    worst = Math.max(worst, Math.abs(metres(new Coordinate(106.76, lat), vertex) - radius));
                }
            }
            System.out.printf("  %5.0f m circle: vertices within %.3f m of the radius%n", radius, worst);
            assertTrue(worst < 0.001 * radius + 0.02, radius + " m: " + worst);
        }
    }

    @Test
    void aShortKeyIsRefusedAndTheKeyIsNeverPrinted() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PrivacyKey.of("short"));
        assertTrue(e.getMessage().contains("at least 32"), e.getMessage());
        assertEquals("PrivacyKey[hidden]", KEY.toString());
    }
}
