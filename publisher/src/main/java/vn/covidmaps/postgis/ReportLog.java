package vn.covidmaps.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The publisher's record of loaded reports, in its own schema that GeoServer cannot read: for each
 * report date, a fingerprint of the workbook and layer files it was loaded from, so that publishing
 * the very same report again can be recognised and skipped.
 */
public final class ReportLog {
    private final String metaSchema;

    public ReportLog(String metaSchema) {
        this.metaSchema = metaSchema;
    }

    /** The bookkeeping schema, which GeoServer's role cannot read: also where reports are staged. */
    String schema() {
        return metaSchema;
    }

    private String table() {
        return Identifiers.qualified(metaSchema, "reports");
    }

    void ensure(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(metaSchema));
            sql.execute("CREATE TABLE IF NOT EXISTS " + table() + " (report_date date PRIMARY KEY,"
                    + " fingerprint text NOT NULL, loaded_at timestamptz NOT NULL DEFAULT now(), row_counts text NOT NULL)");
            sql.execute("CREATE TABLE IF NOT EXISTS " + pendingTable() + " (layer text PRIMARY KEY, since timestamptz NOT NULL DEFAULT now())");
        }
    }

    private String pendingTable() {
        return Identifiers.qualified(metaSchema, "geoserver_pending");
    }

    /**
     * Layers whose data changed and whose GeoServer caches and bounds are not refreshed yet. Marked in
     * the loading transaction and cleared after GeoServer caught up, so a GeoServer failure between the
     * two is made good by the next publish.
     */
    void markPending(Connection db, Iterable<String> layers) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + pendingTable() + " (layer) VALUES (?) ON CONFLICT DO NOTHING")) {
            for (String layer : layers) {
                insert.setString(1, layer);
                insert.executeUpdate();
            }
        }
    }

    public java.util.Set<String> pending(Connection db) throws SQLException {
        java.util.Set<String> layers = new java.util.TreeSet<>();
        if (!exists(db)) {
            return layers;
        }
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT layer FROM " + pendingTable())) {
            while (rows.next()) {
                layers.add(rows.getString(1));
            }
        }
        return layers;
    }

    /**
     * The pending layers marked before that date's report was loaded: left by an earlier publish whose GeoServer part
     * failed, so which dates changed for them is not known. With no date, every pending layer.
     */
    public java.util.Set<String> pendingBefore(Connection db, LocalDate reportDate) throws SQLException {
        java.util.Set<String> layers = new java.util.TreeSet<>();
        if (!exists(db)) {
            return layers;
        }
        try (PreparedStatement query = db.prepareStatement("SELECT layer FROM " + pendingTable() + " WHERE since < coalesce("
                + "(SELECT loaded_at FROM " + table() + " WHERE report_date = ?), 'infinity'::timestamptz)")) {
            query.setObject(1, reportDate);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    layers.add(rows.getString(1));
                }
            }
        }
        return layers;
    }

    public void clearPending(Connection db, Iterable<String> layers) throws SQLException {
        if (!exists(db)) {
            return;
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + pendingTable() + " WHERE layer = ?")) {
            for (String layer : layers) {
                delete.setString(1, layer);
                delete.executeUpdate();
            }
        }
    }

    /** One loaded report: the fingerprint of its files and when it was loaded (again by a forced publish). */
    public record Loaded(String fingerprint, java.time.Instant loadedAt) {
    }

    /** Every loaded report date, oldest first. */
    public java.util.SortedMap<LocalDate, Loaded> loaded(Connection db) throws SQLException {
        java.util.SortedMap<LocalDate, Loaded> dates = new java.util.TreeMap<>();
        if (!exists(db)) {
            return dates;
        }
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT report_date, fingerprint, loaded_at FROM " + table())) {
            while (rows.next()) {
                dates.put(rows.getObject(1, LocalDate.class),
                        new Loaded(rows.getString(2), rows.getObject(3, java.time.OffsetDateTime.class).toInstant()));
            }
        }
        return dates;
    }

    /** The fingerprint of what is loaded for that date, if anything is. */
    public Optional<String> fingerprint(Connection db, LocalDate reportDate) throws SQLException {
        if (!exists(db)) {
            return Optional.empty();
        }
        try (PreparedStatement query = db.prepareStatement("SELECT fingerprint FROM " + table() + " WHERE report_date = ?")) {
            query.setObject(1, reportDate);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    void record(Connection db, LocalDate reportDate, String fingerprint, Map<String, Long> counts) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("INSERT INTO " + table() + " (report_date, fingerprint, row_counts)"
                + " VALUES (?, ?, ?) ON CONFLICT (report_date) DO UPDATE SET fingerprint = excluded.fingerprint,"
                + " loaded_at = now(), row_counts = excluded.row_counts")) {
            upsert.setObject(1, reportDate);
            upsert.setString(2, fingerprint);
            upsert.setString(3, counts.toString());
            upsert.executeUpdate();
        }
    }

    /** Forgets the report of that date (it was retracted or purged); true when there was one. */
    boolean forget(Connection db, LocalDate reportDate) throws SQLException {
        if (!exists(db)) {
            return false;
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table() + " WHERE report_date = ?")) {
            delete.setObject(1, reportDate);
            return delete.executeUpdate() > 0;
        }
    }

    private boolean exists(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, metaSchema + ".reports");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }
}
