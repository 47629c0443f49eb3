package vn.covidmaps.engine;

/** What {@code purge} did in the database, and then on GeoServer (asked only when dates were deleted). */
public record PurgeResult(PurgeReport report, GeoServerOutcome geoserver) {
}
