package vn.covidmaps.postgis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;

/**
 * Loads one report into PostGIS in a single transaction: tables brought in line with the layer
 * files, that date's old rows deleted, the new rows bulk-loaded with COPY, the report logged. A
 * reader (GeoServer) sees either the previous state or the new one, never a mix; on any failure
 * nothing changes.
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

    /** Loads the spooled rows; returns rows loaded per layer. */
    public Map<String, Long> load(LocalDate reportDate, Map<String, Path> spooledRows, String fingerprint) {
        try (Connection db = database.connect()) {
            db.setAutoCommit(false);
            try {
                Map<String, Long> counts = loadInTransaction(db, reportDate, spooledRows, fingerprint);
                db.commit();
                return counts;
            } catch (SQLException | IOException | RuntimeException e) {
                db.rollback();
                if (e instanceof SQLException sql) {
                    throw new DatabaseException("loading the report of " + reportDate + " failed, nothing was changed", sql);
                }
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new DatabaseException("loading failed, nothing was changed: " + e.getMessage());
            }
        } catch (SQLException e) {
            throw new DatabaseException("the database connection failed", e);
        }
    }

    private Map<String, Long> loadInTransaction(Connection db, LocalDate reportDate, Map<String, Path> spooled, String fingerprint)
            throws SQLException, IOException {
        try (Statement sql = db.createStatement()) {
            // one publisher at a time per schema; released at commit or rollback
            sql.execute("SELECT pg_advisory_xact_lock(hashtext('covidmaps:" + schema + "'))");
            sql.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(schema));
        }
        log.ensure(db);
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LayerDefinition layer : catalog.layers()) {
            LayerTable table = new LayerTable(schema, layer);
            TableChange change = table.inspect(db);
            table.apply(db, change);
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table.qualifiedName() + " WHERE report_date = ?")) {
                delete.setObject(1, reportDate);
                delete.executeUpdate();
            }
            Path rows = spooled.get(layer.name());
            counts.put(layer.name(), rows == null ? 0L : copyIn(copy, table, layer, rows));
            if (change.action() == TableChange.Action.CREATE) {
                table.createIndexes(db);
            }
        }
        log.record(db, reportDate, fingerprint, counts);
        log.markPending(db, counts.keySet());
        return counts;
    }

    private static long copyIn(CopyManager copy, LayerTable table, LayerDefinition layer, Path rows) throws SQLException, IOException {
        StringBuilder columns = new StringBuilder("report_date");
        for (Attribute attribute : layer.attributes()) {
            columns.append(", ").append(Identifiers.quote(attribute.name()));
        }
        String command = "COPY " + table.qualifiedName() + " (" + columns + ", geom) FROM STDIN";
        try (Reader reader = Files.newBufferedReader(rows, StandardCharsets.UTF_8)) {
            return copy.copyIn(command, reader, 1 << 16);
        }
    }
}
