package vn.covidmaps.engine;

import java.util.Map;
import vn.covidmaps.postgis.DatabasePlan;

/**
 * What {@code publish} did in the database.
 *
 * @param validation the workbook check (null when the same files were already loaded and it was skipped)
 * @param loaded     rows loaded per layer, empty when nothing was loaded
 * @param retention  the old reports {@code retention.days} deleted, null when every report is kept
 */
public record PublishReport(ValidationReport validation, DatabasePlan.Report report, Map<String, Long> loaded, PurgeReport retention) {

    public boolean dataChanged() {
        return report != DatabasePlan.Report.UNCHANGED && validation != null && validation.ok();
    }
}
