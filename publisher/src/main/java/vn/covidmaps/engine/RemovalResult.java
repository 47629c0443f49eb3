package vn.covidmaps.engine;

/**
 * What {@code retract} or {@code purge} did: the dates taken out of PostGIS (or that would be), then GeoServer's catch-up
 * (asked when dates went or layers were still pending) and the open-data copy's (when applied). A failure of either
 * leaves PostGIS as it is: the next retract, purge or publish catches up.
 */
public record RemovalResult(RemovedReports removed, GeoServerOutcome geoserver, OpenDataOutcome openData) {
}
