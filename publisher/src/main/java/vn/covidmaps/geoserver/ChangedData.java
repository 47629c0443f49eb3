package vn.covidmaps.geoserver;

import java.util.Set;

/**
 * Which layers' data changed since GeoServer last caught up, and on which report dates.
 *
 * @param layers   layers replaced on {@code dates} only: only those dates' tiles are deleted
 * @param dates    the report dates replaced, as yyyy-MM-dd
 * @param anyDate  layers changed on dates not known (a publish that failed on GeoServer earlier): all their tiles go
 */
public record ChangedData(Set<String> layers, Set<String> dates, Set<String> anyDate) {
    public ChangedData {
        layers = Set.copyOf(layers);
        dates = Set.copyOf(dates);
        anyDate = Set.copyOf(anyDate);
    }

    public static ChangedData anyDate(Set<String> layers) {
        return new ChangedData(Set.of(), Set.of(), layers);
    }

    public static ChangedData onDates(Set<String> layers, Set<String> dates) {
        return new ChangedData(layers, dates, Set.of());
    }
}
