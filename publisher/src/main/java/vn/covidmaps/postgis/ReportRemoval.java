package vn.covidmaps.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.text.Text;
import vn.covidmaps.layer.LayerDefinition;

/**
 * Takes report dates back out of every layer: one date ({@code retract}) or every date older than one ({@code purge},
 * and {@code retention.days} after a publish). Their partitions (or rows) go, their records are forgotten, the layers
 * that lost a date are marked for GeoServer and each date is written to the audit trail, in one transaction under the
 * publisher lock. GeoServer's TIME values come from the data, so a date leaves its dimension with its partitions.
 * Running it again is harmless: dates no longer there are left as they are.
 */
public final class ReportRemoval {
    /** Which dates go: {@code date} alone ({@link AuditLog.Action#RETRACT}) or every date before it ({@link AuditLog.Action#PURGE}). */
    public record Selection(AuditLog.Action action, LocalDate date) {
        public static Selection only(LocalDate date) {
            return new Selection(AuditLog.Action.RETRACT, date);
        }

        public static Selection before(LocalDate date) {
            return new Selection(AuditLog.Action.PURGE, date);
        }

        boolean includes(LocalDate reportDate) {
            return action == AuditLog.Action.RETRACT ? reportDate.equals(date) : reportDate.isBefore(date);
        }
    }

    /** One report date of one layer, with its rows; {@code layer} is null for a date only the bookkeeping knows. */
    public record Dated(String layer, LocalDate reportDate, long rows) {
    }

    /**
     * What a removal takes away, as found under the lock.
     *
     * @param dates   per layer and date, its rows
     * @param latest  the newest report date the layers keep: the map's default afterwards (empty: none is left)
     * @param pending layers GeoServer still had to refresh before this removal, left by an earlier run
     */
    public record Found(Selection selection, List<Dated> dates, Optional<LocalDate> latest, Set<String> pending) {
        public boolean any() {
            return !dates.isEmpty();
        }

        /** The layers that lose a date. */
        public Set<String> layers() {
            Set<String> layers = new TreeSet<>();
            dates.stream().filter(d -> d.layer() != null).forEach(d -> layers.add(d.layer()));
            return layers;
        }

        /** The dates removed, oldest first. */
        public Set<LocalDate> reportDates() {
            Set<LocalDate> all = new TreeSet<>();
            dates.forEach(d -> all.add(d.reportDate()));
            return all;
        }
    }

    private final Database database;
    private final String schema;
    private final ReportLog log;
    private final AuditLog audit;
    private final LayerCatalog catalog;

    public ReportRemoval(Database database, String schema, String metaSchema, LayerCatalog catalog) {
        this.database = database;
        this.schema = schema;
        this.log = new ReportLog(metaSchema);
        this.audit = new AuditLog(metaSchema);
        this.catalog = catalog;
        Identifiers.quote(schema);
        Identifiers.quote(metaSchema);
    }

    /** What {@link #apply} would remove; changes nothing. */
    public Found plan(Selection selection) {
        try (Connection db = database.connect()) {
            return find(db, selection);
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.readDates"), e);
        }
    }

    /** Removes the selected dates in one transaction and returns what went; on failure nothing is changed. */
    public Found apply(Selection selection) {
        try (Connection db = database.connect()) {
            try (Statement sql = db.createStatement()) {
                // the same lock as publish, released when the connection closes: a removal never meets a load halfway
                sql.execute("SELECT pg_advisory_lock(hashtext('covidmaps:" + schema + "'))");
            }
            Found found = find(db, selection);
            if (!found.any()) {
                return found;
            }
            db.setAutoCommit(false);
            try {
                for (Dated dated : found.dates()) {
                    if (dated.layer() != null) {
                        new LayerTable(schema, catalog.layer(dated.layer())).deleteReport(db, dated.reportDate());
                    }
                }
                log.ensure(db);
                log.markPending(db, found.layers());
                for (LocalDate date : found.reportDates()) {
                    log.forget(db, date);
                    audit.append(db, selection.action(), date, null, rows(found, date).toString());
                }
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
            return found;
        } catch (SQLException e) {
            throw new DatabaseException(selection.action() == AuditLog.Action.RETRACT
                    ? Text.of("database.retract", selection.date()) : Text.of("database.purge", selection.date()), e);
        }
    }

    /** The newest report date any layer holds, or null when there is none. */
    public LocalDate latest() {
        try (Connection db = database.connect()) {
            return latest(db, null).orElse(null);
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.readDates"), e);
        }
    }

    private Found find(Connection db, Selection selection) throws SQLException {
        List<Dated> found = new ArrayList<>();
        Set<LocalDate> inLayers = new LinkedHashSet<>();
        for (LayerDefinition layer : catalog.layers()) {
            LayerTable table = new LayerTable(schema, layer);
            if (!table.exists(db)) {
                continue;
            }
            for (LocalDate date : table.reportDates(db)) {
                if (selection.includes(date)) {
                    found.add(new Dated(layer.name(), date, rows(db, table, date)));
                    inLayers.add(date);
                }
            }
        }
        for (LocalDate date : log.loaded(db).keySet()) {
            if (selection.includes(date) && !inLayers.contains(date)) {
                found.add(new Dated(null, date, 0));
            }
        }
        return new Found(selection, found, latest(db, selection), log.pending(db));
    }

    /** The newest date the layers hold that {@code removed} does not select (null: any date). */
    private Optional<LocalDate> latest(Connection db, Selection removed) throws SQLException {
        LocalDate latest = null;
        for (LayerDefinition layer : catalog.layers()) {
            LayerTable table = new LayerTable(schema, layer);
            if (table.exists(db)) {
                for (LocalDate date : table.reportDates(db)) {
                    if ((removed == null || !removed.includes(date)) && (latest == null || date.isAfter(latest))) {
                        latest = date;
                    }
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    private static Map<String, Long> rows(Found found, LocalDate date) {
        Map<String, Long> rows = new LinkedHashMap<>();
        found.dates().stream().filter(d -> d.layer() != null && d.reportDate().equals(date)).forEach(d -> rows.put(d.layer(), d.rows()));
        return rows;
    }

    private static long rows(Connection db, LayerTable table, LocalDate date) throws SQLException {
        try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM " + table.qualifiedName() + " WHERE "
                + LayerTable.REPORT_DATE + " = ?")) {
            count.setObject(1, date);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
