package vn.covidmaps.layer;

import java.time.LocalDate;
import java.util.List;

/**
 * Which rows of a shared sheet belong to a layer, by the age of a date relative to the report date.
 * With neither bound set, every row belongs.
 *
 * @param lastDay       date columns, the first non-empty one is the row's last day
 * @param withinDays    keep rows whose last day is at most this many days before the report date
 * @param olderThanDays keep rows whose last day is more than this many days before the report date
 */
public record RowSelection(List<String> lastDay, Integer withinDays, Integer olderThanDays) {

    public RowSelection {
        lastDay = lastDay == null ? List.of() : List.copyOf(lastDay);
    }

    public boolean selectsAll() {
        return withinDays == null && olderThanDays == null;
    }

    public boolean accepts(LocalDate lastDayOfRow, LocalDate reportDate) {
        if (selectsAll()) {
            return true;
        }
        if (lastDayOfRow == null) {
            return false;
        }
        long age = java.time.temporal.ChronoUnit.DAYS.between(lastDayOfRow, reportDate);
        if (withinDays != null && age > withinDays) {
            return false;
        }
        return olderThanDays == null || age > olderThanDays;
    }
}
