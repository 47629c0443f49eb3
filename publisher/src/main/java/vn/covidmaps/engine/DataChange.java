package vn.covidmaps.engine;

import java.time.LocalDate;
import java.util.Set;
import vn.covidmaps.postgis.ReportRemoval;

/**
 * What changed in PostGIS that GeoServer has to catch up with: the layers a publish loaded for one date, and the dates
 * a retract, purge or retention.days took out of some layers. Only those dates' tiles go; a layer left pending by an
 * earlier run that failed on GeoServer loses all its tiles, since which of its dates changed is not known.
 *
 * @param loaded      layers loaded for {@code loadedDate} just now (empty: nothing was loaded)
 * @param loadedDate  null when nothing was loaded
 * @param removal     the dates removed just now, with the layers pending before; null when none were
 */
record DataChange(Set<String> loaded, LocalDate loadedDate, ReportRemoval.Found removal) {
    DataChange {
        loaded = Set.copyOf(loaded);
    }

    static DataChange removed(ReportRemoval.Found removal) {
        return new DataChange(Set.of(), null, removal);
    }

    /** Layers that lost dates. */
    Set<String> removedFrom() {
        return removal == null ? Set.of() : removal.layers();
    }

    /** The dates removed, as yyyy-MM-dd. */
    Set<String> removedDates() {
        return removal == null ? Set.of() : removal.reportDates().stream().map(LocalDate::toString).collect(java.util.stream.Collectors.toSet());
    }
}
