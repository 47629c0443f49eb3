package vn.covidmaps.postgis;

import java.util.List;

/**
 * What one layer's rows of a report date change against an earlier date, rows matched by the
 * layer's key (see {@link DiffColumns}) and named for the operator.
 */
public record LayerDiff(String layer, List<String> added, List<String> removed, List<RowChange> changed) {

    /** A row on both dates whose values differ. */
    public record RowChange(String row, List<ValueChange> values) {
    }

    /**
     * One value that differs.
     *
     * @param attribute  the column name, or {@value ReportDiff#LOCATION} when the geometry moved
     * @param title      the column's title from the layer file
     * @param selfNamed  the value says what it is (a level's label), so the title need not be shown
     */
    public record ValueChange(String attribute, String title, boolean selfNamed, String before, String after) {
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
