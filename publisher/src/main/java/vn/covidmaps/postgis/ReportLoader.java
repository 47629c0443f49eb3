package vn.covidmaps.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;

/**
 * Loads one report into PostGIS in a single transaction: tables brought in line with the layer
 * files, that date's old rows deleted, the new rows bulk-loaded with COPY as they are read (see
 * {@link LoadSession}), the report logged. A reader (GeoServer) sees either the previous state or the
 * new one, never a mix; on any failure nothing changes.
 */
public final class ReportLoader {
    private final Database database;
    private final String schema;
    private final ReportLog log;
    private final LayerCatalog catalog;

    public ReportLoader(Database database, String schema, String metaSchema, LayerCatalog catalog) {
        this.database = database;
        this.schema = schema;
        this.log = new ReportLog(metaSchema);
        this.catalog = catalog;
        Identifiers.quote(schema);
        Identifiers.quote(metaSchema);
    }

    /** What loading that date would change, without changing anything. */
    public DatabasePlan plan(LocalDate reportDate, String fingerprint) {
        try (Connection db = database.connect()) {
            List<TableChange> tables = new ArrayList<>();
            for (LayerDefinition layer : catalog.layers()) {
                tables.add(new LayerTable(schema, layer).inspect(db));
            }
            Optional<String> loaded = log.fingerprint(db, reportDate);
            DatabasePlan.Report report = loaded.isEmpty() ? DatabasePlan.Report.NEW
                    : loaded.get().equals(fingerprint) ? DatabasePlan.Report.UNCHANGED : DatabasePlan.Report.REPLACE;
            return new DatabasePlan(reportDate, report, tables);
        } catch (SQLException e) {
            throw new DatabaseException("reading the database state failed", e);
        }
    }

    /**
     * Opens the load of one report: takes the schema's publisher lock, brings the tables in line with
     * the layer files and deletes that date's rows, all in a transaction the returned session keeps
     * open while the rows stream in.
     */
    public LoadSession begin(LocalDate reportDate) {
        Connection db = null;
        try {
            db = database.connect();
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                // one publisher at a time per schema; released at commit or rollback
                sql.execute("SELECT pg_advisory_xact_lock(hashtext('covidmaps:" + schema + "'))");
                sql.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(schema));
            }
            log.ensure(db);
            Map<String, LayerTable> tables = new LinkedHashMap<>();
            List<LayerTable> created = new ArrayList<>();
            for (LayerDefinition layer : catalog.layers()) {
                LayerTable table = new LayerTable(schema, layer);
                TableChange change = table.inspect(db);
                table.apply(db, change);
                if (change.action() == TableChange.Action.CREATE) {
                    created.add(table);
                }
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table.qualifiedName() + " WHERE report_date = ?")) {
                    delete.setObject(1, reportDate);
                    delete.executeUpdate();
                }
                tables.put(layer.name(), table);
            }
            return new LoadSession(db, reportDate, tables, created, log);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(db);
            if (e instanceof SQLException sql) {
                throw new DatabaseException("preparing the tables for the report of " + reportDate + " failed, nothing was changed", sql);
            }
            throw (RuntimeException) e;
        }
    }

    private static void closeQuietly(Connection db) {
        if (db != null) {
            try {
                db.close(); // rolls back whatever was begun
            } catch (SQLException ignored) {
                // the failure being reported matters more
            }
        }
    }
}
