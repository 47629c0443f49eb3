package vn.covidmaps.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.covidmaps.postgis.ReportPurge;

/**
 * What {@code purge} deleted, or would delete: every report date older than {@code before}.
 *
 * @param dates   per layer and date, its rows (a date only the bookkeeping knows has no layer)
 * @param deleted false when it only looked
 */
public record PurgeReport(LocalDate before, List<ReportPurge.Dated> dates, boolean deleted) {

    public Set<LocalDate> reportDates() {
        Set<LocalDate> all = new TreeSet<>();
        dates.forEach(d -> all.add(d.reportDate()));
        return all;
    }

    /** The layers that lose a date, whose GeoServer tiles are cleared. */
    public Set<String> layers() {
        Set<String> layers = new TreeSet<>();
        dates.stream().filter(d -> d.layer() != null).forEach(d -> layers.add(d.layer()));
        return layers;
    }
}
