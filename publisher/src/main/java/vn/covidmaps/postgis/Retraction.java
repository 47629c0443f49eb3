package vn.covidmaps.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.text.Text;

/**
 * Takes one report date back out of every layer: its partitions are dropped, its record forgotten and
 * the retraction audited, in one transaction under the publisher lock, with every layer marked for
 * GeoServer to refresh (tiles, bounds). GeoServer's TIME values come from the data, so the map falls
 * back to the previous report once the partitions are gone. Re-running it is harmless: a date that is
 * no longer there is left as it is.
 */
public final class Retraction {
    /**
     * What retracting a date removes.
     *
     * @param rows       rows per layer of that date (0 for a layer without any)
     * @param logged     the date is in the publisher's record of loaded reports
     * @param fallback   the latest report date left afterwards, the map's new default (empty: none)
     * @param pending    layers GeoServer has still to refresh from earlier runs
     */
    public record Plan(LocalDate reportDate, Map<String, Long> rows, boolean logged, Optional<LocalDate> fallback, Set<String> pending) {

        public boolean hasData() {
            return logged || rows.values().stream().anyMatch(n -> n > 0);
        }

        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Database database;
    private final String schema;
    private final ReportLog log;
    private final AuditLog audit;
    private final LayerCatalog catalog;

    public Retraction(Database database, String schema, String metaSchema, LayerCatalog catalog) {
        this.database = database;
        this.schema = schema;
        this.log = new ReportLog(metaSchema);
        this.audit = new AuditLog(metaSchema);
        this.catalog = catalog;
        Identifiers.quote(schema);
        Identifiers.quote(metaSchema);
    }

    /** What {@link #apply} would remove, changing nothing. */
    public Plan plan(LocalDate reportDate) {
        try (Connection db = database.connect()) {
            return plan(db, reportDate);
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.readReport", reportDate), e);
        }
    }

    private Plan plan(Connection db, LocalDate reportDate) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        LocalDate fallback = null;
        for (LayerDefinition layer : catalog.layers()) {
            long count = 0;
            if (ReportDiff.exists(db, schema, layer.name())) {
                String table = Identifiers.qualified(schema, layer.name());
                try (PreparedStatement query = db.prepareStatement("""
                        SELECT (SELECT count(*) FROM %1$s WHERE report_date = ?),
                               (SELECT max(report_date) FROM %1$s WHERE report_date <> ?)""".formatted(table))) {
                    query.setObject(1, reportDate);
                    query.setObject(2, reportDate);
                    try (ResultSet result = query.executeQuery()) {
                        result.next();
                        count = result.getLong(1);
                        LocalDate left = result.getObject(2, LocalDate.class);
                        if (left != null && (fallback == null || left.isAfter(fallback))) {
                            fallback = left;
                        }
                    }
                }
            }
            rows.put(layer.name(), count);
        }
        boolean logged = log.fingerprint(db, reportDate).isPresent();
        return new Plan(reportDate, rows, logged, Optional.ofNullable(fallback), log.pending(db));
    }

    /**
     * Removes the date from every layer in one transaction and returns what was removed. The layers
     * are left marked for GeoServer, which the caller refreshes next; a failure there is caught up by
     * the next retract or publish.
     */
    public Plan apply(LocalDate reportDate) {
        try (Connection db = database.connect()) {
            try (Statement sql = db.createStatement()) {
                // the same lock as publish: a retraction never meets a load of the same schema halfway
                sql.execute("SELECT pg_advisory_lock(hashtext('covidmaps:" + schema + "'))");
            }
            Plan plan = plan(db, reportDate);
            if (!plan.hasData()) {
                return plan;
            }
            log.ensure(db);
            db.setAutoCommit(false);
            try {
                for (LayerDefinition layer : catalog.layers()) {
                    if (ReportDiff.exists(db, schema, layer.name())) {
                        LayerTable table = new LayerTable(schema, layer);
                        table.dropPartition(db, reportDate);
                        deleteRows(db, table, reportDate); // a table from before partitioning keeps its dates as rows
                    }
                }
                log.forget(db, reportDate);
                log.markPending(db, plan.rows().keySet());
                audit.append(db, AuditLog.Action.RETRACT, reportDate, null, plan.rows().toString());
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
            return plan;
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.retract", reportDate), e);
        }
    }

    private static void deleteRows(Connection db, LayerTable table, LocalDate reportDate) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table.qualifiedName() + " WHERE report_date = ?")) {
            delete.setObject(1, reportDate);
            delete.executeUpdate();
        }
    }
}
