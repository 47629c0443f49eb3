package vn.covidmaps.engine;

import java.util.List;
import vn.covidmaps.change.Change;
import vn.covidmaps.postgis.DatabasePlan;

/**
 * What {@code publish} would do, read without changing anything.
 *
 * @param validation the workbook check
 * @param database   the report's date and each layer table in PostGIS
 * @param readerRole GeoServer's read-only database role
 * @param geoserver  each GeoServer resource, in the order publish would write them
 */
public record Plan(ValidationReport validation, DatabasePlan database, List<Change> readerRole, List<Change> geoserver) {

    /** Publish would go ahead: the workbook has no errors and no table conflicts with its layer file. */
    public boolean ok() {
        return validation.ok() && !database.hasConflicts();
    }
}
