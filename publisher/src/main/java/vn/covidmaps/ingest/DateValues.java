package vn.covidmaps.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            return Outcome.fail("not a date; write it as dd/mm/yyyy");
        }
        if (cell instanceof SpecialCell special) {
            return Outcome.fail(special.description());
        }
        String text = CellText.of(cell);
        if (text == null) {
            return Outcome.empty();
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
        return Outcome.fail("not a date; write it as dd/mm/yyyy");
    }

    private static Outcome<LocalDate> date(int year, int month, int day) {
        if (month > 12) {
            return Outcome.fail("month " + month + " does not exist; dates are day/month/year");
        }
        try {
            return Outcome.ok(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Outcome.fail("no such day in the calendar");
        }
    }
}
