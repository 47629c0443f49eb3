package vn.covidmaps.geometry;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One angle as written in a cell: decimal degrees with a dot or a Vietnamese decimal comma
 * ("21,8537"), or degrees-minutes-seconds (21°51'13"N, 21 51 13.5 N), with an optional hemisphere.
 * Returns NaN for text that is no angle.
 */
final class Degrees {
    private static final Pattern DECIMAL = Pattern.compile("([-+]?\\d+(?:[.,]\\d+)?)\\s*°?\\s*([NSEW])?");
    private static final Pattern DMS = Pattern.compile(
            "([NSEW])?\\s*([-+]?\\d+(?:[.,]\\d+)?)\\s*(?:°|º|˚|deg|d|\\s)\\s*"
                    + "(?:(\\d+(?:[.,]\\d+)?)\\s*(?:'|′|’|‘|m|\\s)\\s*)?"
                    + "(?:(\\d+(?:[.,]\\d+)?)\\s*(?:\"|″|''|”|“|s)?\\s*)?([NSEW])?");

    private Degrees() {
    }

    static double parse(String text) {
        double plain = plainDecimal(text);
        if (!Double.isNaN(plain)) {
            return plain;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        Matcher decimal = DECIMAL.matcher(t);
        if (decimal.matches()) {
            return signed(number(decimal.group(1)), decimal.group(2));
        }
        Matcher dms = DMS.matcher(t);
        if (dms.matches() && (dms.group(3) != null || dms.group(4) != null)) {
            double minutes = dms.group(3) == null ? 0 : number(dms.group(3));
            double seconds = dms.group(4) == null ? 0 : number(dms.group(4));
            if (minutes >= 60 || seconds >= 60) {
                return Double.NaN;
            }
            double degrees = Math.abs(number(dms.group(2))) + minutes / 60 + seconds / 3600;
            String hemisphere = dms.group(1) != null ? dms.group(1) : dms.group(5);
            return signed(dms.group(2).startsWith("-") ? -degrees : degrees, hemisphere);
        }
        return Double.NaN;
    }

    /** "21.8537" or "21,8537" without a regex, since most cells are just that; NaN for anything else. */
    private static double plainDecimal(String text) {
        int separators = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ',') {
                separators++;
            } else if ((c < '0' || c > '9') && !(c == '-' && i == 0)) {
                return Double.NaN;
            }
        }
        if (separators > 1 || text.isEmpty() || text.equals("-")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static double signed(double value, String hemisphere) {
        return "S".equals(hemisphere) || "W".equals(hemisphere) ? -Math.abs(value) : value;
    }
}
