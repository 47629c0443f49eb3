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

    /** @param addressDigits the address's digits in order: two addresses with other digits have other keys */
    private record Home(Coordinate at, String address, String addressDigits) {
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
        homes.get(layerColumn).put(normalise(code),
                namesAHouse ? new Home(at, TextKey.of(address), digits(address)) : new Home(at, null, null));
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
        // the digits first: a cheap, exact test that spares most visits the Unicode folding of TextKey
        if (address != null && home.address() != null && !home.address().isEmpty()
                && sameDigits(home.addressDigits(), address) && home.address().equals(TextKey.of(address))) {
            return "address";
        }
        if (at != null) {
            double dy = (at.y - home.at().y) * METRES_PER_DEGREE;
            if (Math.abs(dy) > NEAR_METRES) {
                return null; // most visits: too far north or south, without the cosine
            }
            double dx = (at.x - home.at().x) * METRES_PER_DEGREE * Math.cos(Math.toRadians(at.y));
            // squares first: most visits are far from home, and Math.hypot is slow
            double squared = dx * dx + dy * dy;
            if (squared <= NEAR_METRES * NEAR_METRES) {
                return String.format(Locale.ROOT, "%.0f m", Math.sqrt(squared));
            }
        }
        return null;
    }

    /** Whether {@code text} has exactly these ASCII digits in this order; read in place, as it runs for every visit. */
    private static boolean sameDigits(String digits, String text) {
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (next == digits.length() || digits.charAt(next) != c) {
                    return false;
                }
                next++;
            }
        }
        return next == digits.length();
    }

    /** The ASCII digits of {@code text} in order, which {@link TextKey#of} keeps as they are. */
    private static String digits(String text) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static String normalise(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
