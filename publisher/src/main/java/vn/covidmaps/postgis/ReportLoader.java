package vn.covidmaps.postgis;

import java.sql.Connection;
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
import vn.covidmaps.text.Text;

/**
 * Loads one report into PostGIS: each layer's rows are COPYed, as they are read, into a staging
 * table that becomes the partition of the report's date, and all layers are swapped in, with the
 * tables brought in line with the layer files and the report logged, in one transaction (see
 * {@link LoadSession}). A reader (GeoServer) sees either the previous state or the new one, never a
 * mix; on any failure nothing changes.
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
            throw new DatabaseException(Text.of("database.readState"), e);
        }
    }

    /**
     * Opens the load of one report: takes the schema's publisher lock for the whole load and clears
     * staging tables an interrupted load may have left. The tables are checked and brought in line
     * with the layer files when the load commits, under that lock.
     */
    public LoadSession begin(LocalDate reportDate) {
        Connection db = null;
        try {
            db = database.connect();
            try (Statement sql = db.createStatement()) {
                // one publisher at a time per schema, until the session closes (loads span several connections)
                sql.execute("SELECT pg_advisory_lock(hashtext('covidmaps:" + schema + "'))");
                sql.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(schema));
            }
            log.ensure(db);
            Map<String, LayerTable> tables = new LinkedHashMap<>();
            for (LayerDefinition layer : catalog.layers()) {
                tables.put(layer.name(), new LayerTable(schema, layer));
            }
            LoadSession.dropStaging(db, log.schema(), tables.values());
            return new LoadSession(database, db, log.schema(), reportDate, tables, log);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(db);
            if (e instanceof SQLException sql) {
                throw new DatabaseException(Text.of("database.prepareTables", reportDate), sql);
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
