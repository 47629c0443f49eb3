package vn.covidmaps.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Every change of the published data, appended in the same transaction as the change itself, in the
 * bookkeeping schema that GeoServer cannot read: who (the operating-system user) did what, when, to
 * which report date. Rows are only ever added.
 */
public final class AuditLog {
    /** What was done to a report date. */
    public enum Action { PUBLISH, RETRACT, PURGE }

    /** One line of the audit trail. */
    public record Entry(OffsetDateTime at, String user, Action action, LocalDate reportDate, String fingerprint, String detail) {
    }

    private final String metaSchema;

    public AuditLog(String metaSchema) {
        this.metaSchema = metaSchema;
    }

    private String table() {
        return Identifiers.qualified(metaSchema, "audit");
    }

    void ensure(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(metaSchema));
            sql.execute("""
                    CREATE TABLE IF NOT EXISTS %s (
                        id bigserial PRIMARY KEY,
                        at timestamptz NOT NULL DEFAULT now(),
                        os_user text NOT NULL,
                        action text NOT NULL,
                        report_date date,
                        fingerprint text,
                        detail text NOT NULL DEFAULT '')""".formatted(table()));
        }
    }

    /** The operating-system account running the publisher: who, for the audit trail. */
    public static String currentUser() {
        return System.getProperty("user.name", "unknown");
    }

    /** Appends one entry inside the caller's transaction, so it lands exactly when the change does. */
    public void append(Connection db, Action action, LocalDate reportDate, String fingerprint, String detail) throws SQLException {
        ensure(db);
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO " + table() + " (os_user, action, report_date, fingerprint, detail) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, currentUser());
            insert.setString(2, action.name().toLowerCase());
            insert.setObject(3, reportDate);
            insert.setString(4, fingerprint);
            insert.setString(5, detail == null ? "" : detail);
            insert.executeUpdate();
        }
    }

    /** The newest {@code limit} entries, newest first. */
    public List<Entry> latest(Connection db, int limit) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        if (!ReportDiff.exists(db, metaSchema, "audit")) {
            return entries;
        }
        try (PreparedStatement query = db.prepareStatement("""
                SELECT at, os_user, action, report_date, fingerprint, detail FROM %s ORDER BY id DESC LIMIT ?""".formatted(table()))) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getObject(1, OffsetDateTime.class), rows.getString(2),
                            Action.valueOf(rows.getString(3).toUpperCase()), rows.getObject(4, LocalDate.class), rows.getString(5), rows.getString(6)));
                }
            }
        }
        return entries;
    }
}
