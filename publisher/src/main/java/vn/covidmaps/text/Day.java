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
}
