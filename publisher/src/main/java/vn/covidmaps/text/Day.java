package vn.covidmaps.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The one way a date is written for the operator and in the workbook: dd/MM/yyyy. */
public final class Day {
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Day() {
    }

    public static String format(LocalDate date) {
        return date.format(FORMAT);
    }

    /**
     * A date as PostgreSQL writes it ({@code 2021-06-08}) in the same form, rearranged rather than parsed:
     * a report's diff may name a million rows.
     */
    public static String formatIso(String isoDate) {
        if (isoDate.length() == 10 && isoDate.charAt(4) == '-' && isoDate.charAt(7) == '-') {
            return isoDate.substring(8, 10) + "/" + isoDate.substring(5, 7) + "/" + isoDate.substring(0, 4);
        }
        return format(LocalDate.parse(isoDate));
    }
}
