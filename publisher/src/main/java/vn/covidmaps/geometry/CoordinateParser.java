package vn.covidmaps.geometry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import vn.covidmaps.text.CellText;
import vn.covidmaps.text.Outcome;
import vn.covidmaps.text.Text;

/**
 * Reads a position from a latitude and a longitude cell, or from one cell holding both
 * ("21.8537, 106.7610" as copied from a map), and checks it lies in Vietnam. Projected VN-2000
 * metres are accepted when a {@link Vn2000} zone is configured (the latitude column then holds X,
 * the northing, as Vietnamese surveys write it).
 */
public final class CoordinateParser {
    /** Hemisphere letter ends the first angle: 21°51'13"N 106°45'40"E. */
    private static final Pattern PAIR_WITH_HEMISPHERES = Pattern.compile("(.+?[NSns])\\s*[,;]?\\s*(.+[EWew])");

    private final Vn2000 vn2000;

    public CoordinateParser(Vn2000 vn2000) {
        this.vn2000 = vn2000;
    }

    /** Longitude in x, latitude in y. */
    public Outcome<Coordinate> fromCells(Object latitudeCell, Object longitudeCell) {
        Outcome<Double> lat = angle(latitudeCell);
        Outcome<Double> lon = angle(longitudeCell);
        if (lat.failed()) {
            return Outcome.fail(lat.error());
        }
        if (lon.failed()) {
            return Outcome.fail(lon.error());
        }
        if (lat.value() == null || lon.value() == null) {
            return Outcome.fail(lat.value() == null && lon.value() == null
                    ? Text.of("coord.none") : Text.of("coord.half"));
        }
        return check(lat.value(), lon.value());
    }

    public Outcome<Coordinate> fromCombined(Object cell) {
        String text = CellText.of(cell);
        if (text == null) {
            return Outcome.fail(Text.of("coord.none"));
        }
        String[] parts = splitPair(text);
        if (parts == null) {
            return Outcome.fail(Text.of("coord.pair.unreadable"));
        }
        double lat = Degrees.parse(parts[0]);
        double lon = Degrees.parse(parts[1]);
        if (Double.isNaN(lat) || Double.isNaN(lon)) {
            return Outcome.fail(Text.of("coord.pair.invalid"));
        }
        return check(lat, lon);
    }

    private static Outcome<Double> angle(Object cell) {
        if (cell instanceof Double d) {
            return Outcome.ok(d);
        }
        return CellText.parse(cell, text -> {
            double value = Degrees.parse(text);
            return Double.isNaN(value) ? Outcome.fail(Text.of("coord.invalid")) : Outcome.ok(value);
        });
    }

    /** Splits "lat, lon" while telling a separator comma from a Vietnamese decimal comma. */
    static String[] splitPair(String text) {
        Matcher hemispheres = PAIR_WITH_HEMISPHERES.matcher(text);
        if (hemispheres.matches()) {
            return new String[] {hemispheres.group(1), hemispheres.group(2)};
        }
        if (text.contains(";")) {
            return two(text.split(";"));
        }
        if (text.contains(", ")) {
            return two(text.split(",\\s+"));
        }
        long commas = text.chars().filter(c -> c == ',').count();
        if (commas == 1 && text.contains(".")) {
            return two(text.split(","));
        }
        if (commas != 1) {
            return two(text.strip().split("\\s+"));
        }
        return null;
    }

    private static String[] two(String[] parts) {
        return parts.length == 2 ? parts : null;
    }

    private Outcome<Coordinate> check(double lat, double lon) {
        if (Math.abs(lat) > 1000 && Math.abs(lon) > 1000) {
            if (vn2000 == null) {
                return Outcome.fail(Text.of("coord.metres"));
            }
            Outcome<Coordinate> degrees = vn2000.toWgs84(lat, lon);
            if (degrees.failed()) {
                return degrees;
            }
            lat = degrees.value().y;
            lon = degrees.value().x;
        }
        if (VietnamBounds.containsLatLon(lon, lat)) {
            return Outcome.ok(new Coordinate(lon, lat));
        }
        if (VietnamBounds.containsLatLon(lat, lon)) {
            return Outcome.fail(Text.of("coord.swapped", Vn2000.plain(lat)));
        }
        return Outcome.fail(Text.of("coord.outside", Vn2000.plain(lat), Vn2000.plain(lon)));
    }
}
