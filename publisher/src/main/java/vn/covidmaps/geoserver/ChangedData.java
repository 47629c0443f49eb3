package vn.covidmaps.geoserver;

import java.util.Set;

/**
 * Which layers' data changed since GeoServer last caught up, and on which report dates.
 *
 * @param layers       layers replaced on {@code dates} only: only those dates' tiles are deleted
 * @param dates        the report dates replaced, as yyyy-MM-dd
 * @param anyDate      layers changed on dates not known (a run that failed on GeoServer earlier): all their tiles go
 * @param removedFrom  layers that lost {@code removedDates} (retract, purge): only those dates' tiles are deleted
 * @param removedDates the report dates removed, as yyyy-MM-dd; they leave the TIME values
 */
public record ChangedData(Set<String> layers, Set<String> dates, Set<String> anyDate, Set<String> removedFrom, Set<String> removedDates) {
    public ChangedData {
        layers = Set.copyOf(layers);
        dates = Set.copyOf(dates);
        anyDate = Set.copyOf(anyDate);
        removedFrom = Set.copyOf(removedFrom);
        removedDates = Set.copyOf(removedDates);
    }

    /** No data changed: a re-publish of what is already served. */
    public boolean isEmpty() {
        return layers.isEmpty() && dates.isEmpty() && anyDate.isEmpty() && removedFrom.isEmpty() && removedDates.isEmpty();
    }

    public static ChangedData anyDate(Set<String> layers) {
        return new ChangedData(Set.of(), Set.of(), layers, Set.of(), Set.of());
    }

    public static ChangedData onDates(Set<String> layers, Set<String> dates) {
        return new ChangedData(layers, dates, Set.of(), Set.of(), Set.of());
    }

    public static ChangedData removed(Set<String> layers, Set<String> dates) {
        return new ChangedData(Set.of(), Set.of(), Set.of(), layers, dates);
    }
}
