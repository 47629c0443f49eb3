package vn.covidmaps.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loaded reports, oldest first: when and by whom each was last published (from the audit trail;
 * a report loaded before there was one has no name), its fingerprint and its rows per layer.
 */
public final class ReportHistory {
    private static final Pattern COUNT = Pattern.compile("([a-z_][a-z0-9_]*)=(\\d+)");

    /** One loaded report. {@code publishedBy} is null when the audit trail does not know. */
    public record LoadedReport(LocalDate reportDate, OffsetDateTime loadedAt, String publishedBy, String fingerprint, Map<String, Long> rows) {
    }

    private final String metaSchema;

    public ReportHistory(String metaSchema) {
        this.metaSchema = metaSchema;
    }

    public List<LoadedReport> reports(Connection db) throws SQLException {
        List<LoadedReport> reports = new ArrayList<>();
        if (!ReportDiff.exists(db, metaSchema, "reports")) {
            return reports;
        }
        String byWhom = ReportDiff.exists(db, metaSchema, "audit") ? """
                (SELECT a.os_user FROM %s a WHERE a.action = 'publish' AND a.report_date = r.report_date
                 ORDER BY a.id DESC LIMIT 1)""".formatted(Identifiers.qualified(metaSchema, "audit")) : "NULL::text";
        try (PreparedStatement query = db.prepareStatement("""
                SELECT r.report_date, r.loaded_at, %s, r.fingerprint, r.row_counts
                FROM %s r ORDER BY r.report_date""".formatted(byWhom, Identifiers.qualified(metaSchema, "reports")));
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                reports.add(new LoadedReport(rows.getObject(1, LocalDate.class), rows.getObject(2, OffsetDateTime.class),
                        rows.getString(3), rows.getString(4), counts(rows.getString(5))));
            }
        }
        return reports;
    }

    /** The row counts as {@link ReportLog} records them, {@code {layer=n, …}}. */
    static Map<String, Long> counts(String recorded) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Matcher m = COUNT.matcher(recorded == null ? "" : recorded);
        while (m.find()) {
            counts.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return counts;
    }
}
