package vn.covidmaps.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.covidmaps.text.CellText;
import vn.covidmaps.text.Outcome;
import vn.covidmaps.text.Text;

/**
 * Dates as Health Department sheets write them: day/month/year with / - or . (one or two digits),
 * ISO year-month-day, and Excel date cells. A time after the date is ignored.
 */
public final class DateValues {
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})(?:[ T].*)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T].*)?");
    /** Excel day numbers from 2000 to 2050: a date cell that lost its date format. */
    private static final double FIRST_SERIAL = 36_526;
    private static final double LAST_SERIAL = 54_789;

    private DateValues() {
    }

    public static Outcome<LocalDate> parse(Object cell) {
        if (cell instanceof LocalDateTime dateTime) {
            return Outcome.ok(dateTime.toLocalDate());
        }
        if (cell instanceof Double serial) {
            if (serial >= FIRST_SERIAL && serial <= LAST_SERIAL) {
                return Outcome.ok(ExcelDates.fromSerial(serial).toLocalDate());
            }
            return Outcome.fail(Text.of("date.invalid"));
        }
        return CellText.parse(cell, DateValues::fromText);
    }

    private static Outcome<LocalDate> fromText(String text) {
        Outcome<LocalDate> common = dayMonthYear(text);
        if (common != null) {
            return common;
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            int year = Integer.parseInt(dayFirst.group(3));
            return date(year < 100 ? 2000 + year : year, Integer.parseInt(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1)));
        }
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        return Outcome.fail(Text.of("date.invalid"));
    }

    /** The usual dd/MM/yyyy without a regex (it is most of a large sheet); null for any other form. */
    private static Outcome<LocalDate> dayMonthYear(String text) {
        if (text.length() != 10 || text.charAt(2) != '/' || text.charAt(5) != '/') {
            return null;
        }
        int day = digits(text, 0, 2);
        int month = digits(text, 3, 5);
        int year = digits(text, 6, 10);
        return day < 0 || month < 0 || year < 0 ? null : date(year, month, day);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Outcome<LocalDate> date(int year, int month, int day) {
        if (month > 12) {
            return Outcome.fail(Text.of("date.month", month));
        }
        try {
            return Outcome.ok(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Outcome.fail(Text.of("date.noSuchDay"));
        }
    }
}
