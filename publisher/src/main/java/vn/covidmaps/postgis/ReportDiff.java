package vn.covidmaps.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.text.Day;

/**
 * Compares the rows of two report dates, layer by layer, in SQL: a full join of the two dates on
 * each layer's key. The later date is either a loaded partition or a staged report not yet swapped
 * in, so {@code plan}, {@code publish} and {@code diff} print the same summary.
 */
public final class ReportDiff {
    /** The pseudo-attribute of a geometry that moved. */
    public static final String LOCATION = "geom";

    private final String schema;
    private final LayerCatalog catalog;

    public ReportDiff(String schema, LayerCatalog catalog) {
        this.schema = schema;
        this.catalog = catalog;
    }

    /** The whole report: {@code date} against {@code against} (null: against nothing, every row is new). */
    public List<LayerDiff> loaded(Connection db, LocalDate date, LocalDate against) throws SQLException {
        List<LayerDiff> diffs = new ArrayList<>();
        for (LayerDefinition layer : catalog.layers()) {
            LayerTable table = new LayerTable(schema, layer);
            diffs.add(layer(db, table, exists(db, schema, layer.name()) ? table.qualifiedName() : null, date, against));
        }
        return diffs;
    }

    /** One layer, its later side read from {@code afterRelation} (its table, or its staging table). */
    LayerDiff layer(Connection db, LayerTable table, String afterRelation, LocalDate date, LocalDate against) throws SQLException {
        LayerDefinition layer = table.layer();
        DiffColumns columns = DiffColumns.of(layer);
        // looked up once: a report's diff may name a million rows
        Set<String> dateColumns = layer.attributes().stream().filter(a -> "date".equals(a.sqlType())).map(Attribute::name)
                .collect(Collectors.toSet());
        String before = exists(db, schema, layer.name()) ? table.qualifiedName() : null;
        List<LayerDiff.RowChange> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        boolean hasBefore = before != null && against != null;
        boolean hasAfter = afterRelation != null && date != null;
        if (!hasBefore && !hasAfter) {
            return new LayerDiff(layer.name(), added, removed, changed);
        }
        // one side alone (a first report, or a date taken back) is every row added or removed: no join to pair rows,
        // which for a report of a million rows takes seconds
        String sql = hasBefore && hasAfter ? query(columns, before, afterRelation)
                : oneSide(columns, hasAfter ? afterRelation : before, hasAfter);
        try (PreparedStatement query = db.prepareStatement(sql)) {
            // in batches when the caller runs it in a transaction (LoadSession does), not a million rows at once in the heap
            query.setFetchSize(10_000);
            if (hasBefore && hasAfter) {
                query.setObject(1, against);
                query.setObject(2, date);
            } else {
                query.setObject(1, hasAfter ? date : against);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String label = label(columns, dateColumns, rows);
                    if (!rows.getBoolean("in_before")) {
                        added.add(label);
                    } else if (!rows.getBoolean("in_after")) {
                        removed.add(label);
                    } else {
                        changed.add(new LayerDiff.RowChange(label, values(columns, rows)));
                    }
                }
            }
        }
        return new LayerDiff(layer.name(), added, removed, changed);
    }

    /** The rows of one side's date, each added (the later side) or removed (the earlier), in the paired query's order. */
    private static String oneSide(DiffColumns columns, String relation, boolean later) {
        String shown = shownColumns(columns).stream()
                .map(c -> Identifiers.quote(c) + "::text AS " + Identifiers.quote("shown_" + c))
                .collect(Collectors.joining(", "));
        return "SELECT " + !later + " AS in_before, " + later + " AS in_after, " + shown
                + " FROM " + relation + " WHERE report_date = ? ORDER BY " + shownOrder(columns);
    }

    /** Rows in the order of all their shown columns (from the third of the select list), so that ties are ordered too. */
    private static String shownOrder(DiffColumns columns) {
        return java.util.stream.IntStream.rangeClosed(3, 2 + shownColumns(columns).size()).mapToObj(Integer::toString)
                .collect(Collectors.joining(", "));
    }

    /** The columns a row is shown by: its label, then the rest of its key. */
    private static List<String> shownColumns(DiffColumns columns) {
        return concat(columns.label(), columns.key()).stream().distinct().toList();
    }

    private static String query(DiffColumns columns, String before, String after) {
        String key = columns.key().stream().map(c -> Identifiers.quote(c) + "::text").collect(Collectors.joining(", "));
        String shown = shownColumns(columns).stream()
                .map(c -> "coalesce(a." + Identifiers.quote(c) + ", b." + Identifiers.quote(c) + ")::text AS " + Identifiers.quote("shown_" + c))
                .collect(Collectors.joining(",\n       "));
        StringBuilder values = new StringBuilder();
        StringBuilder differs = new StringBuilder();
        for (Attribute attribute : columns.compared()) {
            String column = Identifiers.quote(attribute.name());
            values.append(",\n       a.").append(column).append("::text AS ").append(Identifiers.quote("before_" + attribute.name()))
                    .append(", b.").append(column).append("::text AS ").append(Identifiers.quote("after_" + attribute.name()));
            differs.append(" OR a.").append(column).append(" IS DISTINCT FROM b.").append(column);
        }
        // the n-th row of a key on one date meets the n-th on the other, so a repeated key (two zones of one name) still pairs up
        return """
                WITH a AS (SELECT *, ARRAY[%1$s] AS diff_key, row_number() OVER (PARTITION BY %1$s ORDER BY fid) AS occurrence
                           FROM %2$s WHERE report_date = ?),
                     b AS (SELECT *, ARRAY[%1$s] AS diff_key, row_number() OVER (PARTITION BY %1$s ORDER BY fid) AS occurrence
                           FROM %3$s WHERE report_date = ?)
                SELECT a.fid IS NOT NULL AS in_before, b.fid IS NOT NULL AS in_after,
                       %4$s%5$s,
                       NOT ST_OrderingEquals(a.geom, b.geom) AS moved
                FROM a FULL JOIN b ON a.diff_key = b.diff_key AND a.occurrence = b.occurrence
                WHERE a.fid IS NULL OR b.fid IS NULL OR NOT ST_OrderingEquals(a.geom, b.geom)%6$s
                ORDER BY %7$s, 1, 2
                """.formatted(key, before, after, shown, values, differs, shownOrder(columns));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String label(DiffColumns columns, Set<String> dateColumns, ResultSet rows) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String column : columns.label()) {
            String value = rows.getString("shown_" + column);
            if (value != null) {
                parts.add(dateColumns.contains(column) ? Day.formatIso(value) : value);
            }
        }
        return String.join(", ", parts);
    }

    private static List<LayerDiff.ValueChange> values(DiffColumns columns, ResultSet rows) throws SQLException {
        List<LayerDiff.ValueChange> values = new ArrayList<>();
        for (Attribute attribute : columns.compared()) {
            String before = rows.getString("before_" + attribute.name());
            String after = rows.getString("after_" + attribute.name());
            if (!java.util.Objects.equals(before, after)) {
                if ("date".equals(attribute.sqlType())) {
                    before = before == null ? null : Day.formatIso(before);
                    after = after == null ? null : Day.formatIso(after);
                }
                values.add(new LayerDiff.ValueChange(attribute.name(), attribute.title(), DiffColumns.speaksForItself(attribute), before, after));
            }
        }
        if (rows.getBoolean("moved")) {
            values.add(new LayerDiff.ValueChange(LOCATION, null, false, null, null));
        }
        return values;
    }

    /** The latest loaded report date before {@code date}, the default to compare a report with. */
    public static Optional<LocalDate> previous(Connection db, String metaSchema, LocalDate date) throws SQLException {
        if (!exists(db, metaSchema, "reports")) {
            return Optional.empty();
        }
        try (PreparedStatement query = db.prepareStatement(
                "SELECT max(report_date) FROM " + Identifiers.qualified(metaSchema, "reports") + " WHERE report_date < ?")) {
            query.setObject(1, date);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return Optional.ofNullable(rows.getObject(1, LocalDate.class));
            }
        }
    }

    static boolean exists(Connection db, String schema, String table) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, Identifiers.quote(schema) + "." + Identifiers.quote(table));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }
}
