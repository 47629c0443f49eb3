package vn.covidmaps.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

/** Excel stores dates as day numbers and marks them only through the cell's number format. */
public final class ExcelDates {
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    /** Quoted text, escaped characters and [colour]/[locale] sections carry no date letters. */
    private static final Pattern NOT_DATE_PARTS = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^]]*]");

    private ExcelDates() {
    }

    public static boolean isDateFormat(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
            return false;
        }
        String letters = NOT_DATE_PARTS.matcher(format).replaceAll("").toLowerCase();
        return letters.contains("d") || letters.contains("y") || letters.contains("m") && !letters.contains("0");
    }

    /** Day number (1900 system, as every modern workbook uses) to date-time. */
    public static LocalDateTime fromSerial(double serial) {
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        return EPOCH.plusDays(days).atStartOfDay().plusSeconds(seconds);
    }
}
