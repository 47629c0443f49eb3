package vn.covidmaps.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.covidmaps.change.Change;
import vn.covidmaps.postgis.DatabasePlan;

/**
 * What {@code publish} would do, read without changing anything; {@code plan --out} keeps it for review.
 *
 * @param validation   the workbook check
 * @param database     the report's date and each layer table in PostGIS
 * @param readerRole   GeoServer's read-only database role
 * @param geoserver    each GeoServer resource, in the order publish would write them
 * @param date         the report's date
 * @param inputs       the report's files, absolute, so that the plan can be applied from another directory
 * @param diff         what the report changes against the previous one; null when the workbook has errors
 * @param fingerprints what the plan saw, checked again by {@link Publisher#publish(ReviewedPlan, boolean)}
 */
public record Plan(ValidationReport validation, DatabasePlan database, List<Change> readerRole, List<Change> geoserver,
                   LocalDate date, List<Path> inputs, Reports.DiffResult diff, PlanFingerprints fingerprints) {

    /** Publish would go ahead: the workbook has no errors and no table conflicts with its layer file. */
    public boolean ok() {
        return validation.ok() && !database.hasConflicts();
    }
}
