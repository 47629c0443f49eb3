package vn.covidmaps.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value forms the sample uses, independently of the publisher's own parser: only for
 * checking the sample's facts in tests.
 */
final class SampleValues {
    static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    static final Pattern COMMA_DECIMAL = Pattern.compile("-?\\d+,\\d+");
    static final Pattern DMS = Pattern.compile("(\\d+)°(\\d+)'(\\d+(?:\\.\\d+)?)\"([NSEW])");
    static final Pattern COMBINED = Pattern.compile("(-?\\d+\\.\\d+), (-?\\d+\\.\\d+)");
    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Pattern PADDED_DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
    static final Pattern UNPADDED_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu");

    private SampleValues() {
    }

    static LocalDate date(String text) {
        if (ISO_DATE.matcher(text).matches()) {
            return LocalDate.parse(text);
        }
        if (UNPADDED_DATE.matcher(text).matches()) {
            return LocalDate.parse(text, DAY_FIRST);
        }
        throw new IllegalArgumentException("not a date in a form the sample uses: '" + text + "'");
    }

    /** One coordinate written as a dot decimal, a comma decimal or degrees-minutes-seconds. */
    static double coordinate(String text) {
        if (PLAIN_DECIMAL.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        if (COMMA_DECIMAL.matcher(text).matches()) {
            return Double.parseDouble(text.replace(',', '.'));
        }
        Matcher dms = DMS.matcher(text);
        if (dms.matches()) {
            double value = Integer.parseInt(dms.group(1)) + Integer.parseInt(dms.group(2)) / 60.0
                    + Double.parseDouble(dms.group(3)) / 3600.0;
            return "SW".contains(dms.group(4)) ? -value : value;
        }
        throw new IllegalArgumentException("not a coordinate in a form the sample uses: '" + text + "'");
    }

    static String coordinateForm(String text) {
        if (PLAIN_DECIMAL.matcher(text).matches()) {
            return "decimal";
        }
        if (COMMA_DECIMAL.matcher(text).matches()) {
            return "comma";
        }
        if (DMS.matcher(text).matches()) {
            return "dms";
        }
        return COMBINED.matcher(text).matches() ? "combined" : "unknown";
    }
}
