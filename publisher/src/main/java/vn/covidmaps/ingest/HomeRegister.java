package vn.covidmaps.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import vn.covidmaps.text.TextKey;
import vn.covidmaps.privacy.HouseNumbers;

/**
 * The exact homes of a generalised layer's people, in memory only while the report is read, so that a
 * sheet referring to those people (the itinerary) can be warned about a row that is a person's own home:
 * published as a visited place, it would give away what the home layer hides.
 */
final class HomeRegister {
    /** A visited point this close to the visiting person's home is taken to be the home. */
    static final double NEAR_METRES = 30;
    private static final double METRES_PER_DEGREE = 111_320;

    private record Home(Coordinate at, String address) {
    }

    /** "layer.seed column" → person's code → home. */
    private final Map<String, Map<String, Home>> homes = new HashMap<>();

    void watch(String layerColumn) {
        homes.putIfAbsent(layerColumn, new HashMap<>());
    }

    boolean isWatched(String layerColumn) {
        return homes.containsKey(layerColumn);
    }

    /**
     * Remembers a home. Its address counts only when it names a house: a visit in the same village
     * ("Thôn Cầu Lường, xã Thanh Sơn") is not at the home, and gives nothing away.
     */
    void record(String layerColumn, String code, Coordinate at, String address) {
        boolean namesAHouse = address != null && !address.equals(HouseNumbers.drop(address));
        homes.get(layerColumn).put(normalise(code), new Home(at, namesAHouse ? TextKey.of(address) : null));
    }

    /**
     * How the place matches the person's own home ("same address", "12 m away"), or null when it does
     * not. {@code at} and {@code address} may each be null.
     */
    String match(String layerColumn, String code, Coordinate at, String address) {
        Home home = homes.get(layerColumn).get(normalise(code));
        if (home == null) {
            return null;
        }
        if (address != null && home.address() != null && !home.address().isEmpty() && home.address().equals(TextKey.of(address))) {
            return "address";
        }
        if (at != null) {
            double dy = (at.y - home.at().y) * METRES_PER_DEGREE;
            double dx = (at.x - home.at().x) * METRES_PER_DEGREE * Math.cos(Math.toRadians(at.y));
            double metres = Math.hypot(dx, dy);
            if (metres <= NEAR_METRES) {
                return String.format(Locale.ROOT, "%.0f m", metres);
            }
        }
        return null;
    }

    private static String normalise(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
