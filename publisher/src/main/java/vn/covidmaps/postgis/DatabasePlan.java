package vn.covidmaps.postgis;

import java.time.LocalDate;
import java.util.List;
import vn.covidmaps.text.Text;

/**
 * What {@code publish} would do in the database: per table create / update / unchanged, and whether
 * the report's date is new, would be replaced, or is already loaded from identical files.
 */
public record DatabasePlan(LocalDate reportDate, Report report, List<TableChange> tables) {

    public enum Report { NEW, REPLACE, UNCHANGED }

    public boolean hasConflicts() {
        return !conflicts().isEmpty();
    }

    /** What no table change can fix, as sentences naming the table and column. */
    public List<Text> conflicts() {
        return tables.stream().flatMap(t -> t.conflicts().stream()).toList();
    }
}
