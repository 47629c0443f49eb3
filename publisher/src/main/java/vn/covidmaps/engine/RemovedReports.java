package vn.covidmaps.engine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.covidmaps.postgis.AuditLog;
import vn.covidmaps.postgis.ReportRemoval;

/**
 * Report dates taken out of every layer by {@code retract}, {@code purge} or {@code retention.days}, or that would be.
 *
 * @param kind     RETRACT: the report of {@code date}; PURGE: every report older than {@code date}
 * @param dates    per layer and date, its rows (a date only the bookkeeping knew has no layer)
 * @param fallback the latest report left afterwards: what the map shows by default (empty: none is left)
 * @param deleted  false when it only looked
 */
public record RemovedReports(Kind kind, LocalDate date, List<ReportRemoval.Dated> dates, Optional<LocalDate> fallback, boolean deleted) {

    public enum Kind { RETRACT, PURGE }

    static RemovedReports of(ReportRemoval.Found found, boolean deleted) {
        Kind kind = found.selection().action() == AuditLog.Action.RETRACT ? Kind.RETRACT : Kind.PURGE;
        return new RemovedReports(kind, found.selection().date(), List.copyOf(found.dates()), found.latest(), deleted);
    }

    /** Whether any date is (or would be) removed. */
    public boolean any() {
        return !dates.isEmpty();
    }

    /** The dates removed, oldest first. */
    public Set<LocalDate> reportDates() {
        Set<LocalDate> all = new java.util.TreeSet<>();
        dates.forEach(d -> all.add(d.reportDate()));
        return all;
    }

    /** The layers that lose a date. */
    public Set<String> layers() {
        Set<String> layers = new java.util.TreeSet<>();
        dates.stream().filter(d -> d.layer() != null).forEach(d -> layers.add(d.layer()));
        return layers;
    }

    /** Rows per layer over every date removed, in the order of the layers. */
    public Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        dates.stream().filter(d -> d.layer() != null).forEach(d -> rows.merge(d.layer(), d.rows(), Long::sum));
        return rows;
    }

    public long total() {
        return dates.stream().mapToLong(ReportRemoval.Dated::rows).sum();
    }
}
