package vn.covidmaps.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.covidmaps.postgis.DatabasePlan;

/**
 * What {@code publish} would do, as {@code plan} shows it and {@code plan --out} keeps it for review.
 *
 * @param inputs       the report's files, absolute, so the plan can be applied from another directory
 * @param diff         what the report changes against the previous one; null when the workbook has errors
 * @param fingerprints what the plan saw, checked again by {@link Publisher#publish(ReviewedPlan)}
 */
public record PlanReport(LocalDate date, List<Path> inputs, ValidationReport validation, DatabasePlan database,
                         Reports.DiffResult diff, MapPublication.Plan geoserver, PlanFingerprints fingerprints) {

    public boolean ok() {
        return validation.ok() && !database.hasConflicts();
    }
}
