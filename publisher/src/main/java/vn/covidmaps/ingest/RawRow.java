package vn.covidmaps.ingest;

import java.util.List;

/**
 * One spreadsheet row as read: {@code number} is the row number the operator sees in Excel (or the
 * line of a CSV file), each cell is null, a {@link String}, a {@link Double}, a
 * {@link java.time.LocalDateTime} (an Excel date cell) or a {@link Boolean}.
 */
public record RawRow(int number, List<Object> cells) {

    public Object cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }

    public boolean isEmpty() {
        for (Object cell : cells) {
            if (cell != null && !(cell instanceof String s && s.isBlank())) {
                return false;
            }
        }
        return true;
    }
}
