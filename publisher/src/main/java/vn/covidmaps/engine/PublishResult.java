package vn.covidmaps.engine;

import java.time.LocalDate;
import java.util.Map;
import vn.covidmaps.postgis.DatabasePlan;

/** What {@code publish} did: one of three outcomes for the database, each with what happened on GeoServer. */
public sealed interface PublishResult {

    GeoServerOutcome geoserver();

    /** The old reports {@code retention.days} deleted; null when every report is kept or nothing was published. */
    RemovedReports retention();

    /** The open-data copy, brought in line with PostGIS after the load (whether or not GeoServer failed). */
    OpenDataOutcome openData();

    /** The same files were already loaded for that date: the database is unchanged; GeoServer was still brought up to date. */
    record Skipped(LocalDate reportDate, RemovedReports retention, GeoServerOutcome geoserver, OpenDataOutcome openData)
            implements PublishResult {
    }

    /** The workbook has errors: nothing was published, GeoServer was not asked. */
    record Rejected(ValidationReport validation) implements PublishResult {
        @Override
        public GeoServerOutcome geoserver() {
            return new GeoServerOutcome.NotAsked();
        }

        @Override
        public RemovedReports retention() {
            return null;
        }

        @Override
        public OpenDataOutcome openData() {
            return new OpenDataOutcome.NotAsked();
        }
    }

    /**
     * The report is loaded into PostGIS.
     *
     * @param report NEW for a date not loaded before, REPLACE when that date's earlier rows were replaced
     * @param loaded rows loaded per layer
     * @param diff   what the report changed against the previous one, the summary plan showed
     */
    record Loaded(ValidationReport validation, DatabasePlan.Report report, Map<String, Long> loaded,
                  Reports.DiffResult diff, RemovedReports retention, GeoServerOutcome geoserver, OpenDataOutcome openData)
            implements PublishResult {
    }
}
