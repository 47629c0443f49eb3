package vn.covidmaps.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.covidmaps.change.Action;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.text.Text;

/**
 * The PostGIS table of one layer: {@code fid}, {@code report_date}, the published attributes and
 * {@code geom} (SRID 4326, GIST-indexed), partitioned by report date so that a report is loaded into
 * a table of its own and swapped in whole. Brought in line with the layer file: missing columns are
 * added, and columns the layer no longer publishes are dropped so that nothing unlisted stays served.
 */
public final class LayerTable {
    public static final String FID = "fid";
    public static final String REPORT_DATE = "report_date";
    public static final String GEOMETRY = "geom";
    /** The change that turns a table made by an earlier version, one table for all dates, into partitions. */
    static final Text PARTITION = Text.of("table.partition");
    /**
     * The change that replaces a table of exact points from before the layer generalised them: those
     * points are exactly what may not be kept, so its reports are deleted rather than converted.
     */
    static final Text REPLACE_EXACT = Text.of("table.replaceExact");

    private final String schema;
    private final LayerDefinition layer;

    public LayerTable(String schema, LayerDefinition layer) {
        this.schema = schema;
        this.layer = layer;
    }

    public String name() {
        return layer.name();
    }

    public LayerDefinition layer() {
        return layer;
    }

    public String qualifiedName() {
        return Identifiers.qualified(schema, layer.name());
    }

    /** Compares the table in the database with the layer definition, changing nothing. */
    public TableChange inspect(Connection db) throws SQLException {
        Map<String, String> existing = existingColumns(db);
        if (existing.isEmpty()) {
            return new TableChange(layer.name(), Action.CREATE, List.of(new TableChange.Create(schema + "." + layer.name())), List.of());
        }
        List<TableChange.Step> steps = new ArrayList<>();
        List<Text> conflicts = new ArrayList<>();
        String geometry = geometryType(db);
        String wantedGeometry = layer.publishedGeometryType().toUpperCase() + ",4326";
        if (layer.generalise() != null && geometry != null && geometry.startsWith("POINT")) {
            return new TableChange(layer.name(), Action.UPDATE, List.of(new TableChange.ReplaceExact()), List.of());
        }
        if (!isPartitioned(db)) {
            steps.add(new TableChange.Partition());
        }
        Map<String, String> wanted = wantedColumns();
        for (var column : wanted.entrySet()) {
            String type = existing.get(column.getKey());
            if (type == null) {
                steps.add(new TableChange.AddColumn(column.getKey(), column.getValue()));
            } else if (!type.equals(column.getValue())) {
                conflicts.add(Text.of("table.columnConflict", schema + "." + layer.name() + "." + column.getKey(), type, column.getValue()));
            }
        }
        for (String column : existing.keySet()) {
            if (!wanted.containsKey(column) && !column.equals(FID) && !column.equals(GEOMETRY)) {
                steps.add(new TableChange.DropColumn(column));
            }
        }
        if (geometry != null && !geometry.equals(wantedGeometry)) {
            conflicts.add(Text.of("table.geometryConflict", schema + "." + layer.name() + ".geom", geometry, wantedGeometry));
        }
        return new TableChange(layer.name(), steps.isEmpty() ? Action.UNCHANGED : Action.UPDATE, steps, conflicts);
    }

    /** Applies what {@link #inspect} found, inside the caller's transaction. */
    public void apply(Connection db, TableChange change) throws SQLException {
        if (!change.conflicts().isEmpty()) {
            throw new CovidMapsException(ErrorCode.TABLE_CONFLICT, Text.join("; ", change.conflicts()));
        }
        try (Statement sql = db.createStatement()) {
            if (change.steps().stream().anyMatch(s -> s instanceof TableChange.ReplaceExact)) {
                sql.execute("DROP TABLE " + qualifiedName() + " CASCADE"); // its partitions with it
                create(sql);
                return;
            }
            if (change.steps().stream().anyMatch(s -> s instanceof TableChange.Partition)) {
                partition(db, sql); // brings the columns in line as well
                return;
            }
            for (TableChange.Step step : change.steps()) {
                if (step instanceof TableChange.Create) {
                    create(sql);
                } else if (step instanceof TableChange.AddColumn add) {
                    sql.execute("ALTER TABLE " + qualifiedName() + " ADD COLUMN " + Identifiers.quote(add.column()) + " " + add.type());
                } else if (step instanceof TableChange.DropColumn drop) {
                    sql.execute("ALTER TABLE " + qualifiedName() + " DROP COLUMN " + Identifiers.quote(drop.column()));
                }
            }
        }
    }

    private void create(Statement sql) throws SQLException {
        // the key and indexes are declared once here; each date's partition brings its own, built after its load
        sql.execute(columns("CREATE TABLE " + qualifiedName(), "PRIMARY KEY (" + FID + ", " + REPORT_DATE + ")")
                + " PARTITION BY LIST (" + REPORT_DATE + ")");
        sql.execute(indexes(qualifiedName(), layer.name()));
    }

    /**
     * Moves the rows of a table made by an earlier version into a partitioned table of the same name,
     * one partition per report date, numbering {@code fid} within each date. Columns the layer no longer
     * publishes are left behind; new ones start empty.
     */
    private void partition(Connection db, Statement sql) throws SQLException {
        String old = layer.name() + "__unpartitioned";
        Map<String, String> existing = existingColumns(db);
        sql.execute("ALTER TABLE " + qualifiedName() + " RENAME TO " + Identifiers.quote(old));
        for (String suffix : List.of("_pkey", "_geom_idx", "_date_idx")) { // names the partitioned table's key and indexes take
            sql.execute("ALTER INDEX IF EXISTS " + Identifiers.qualified(schema, layer.name() + suffix) + " RENAME TO " + Identifiers.quote(old + suffix));
        }
        create(sql);
        List<LocalDate> dates = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT DISTINCT " + REPORT_DATE + " FROM " + Identifiers.qualified(schema, old))) {
            while (rows.next()) {
                dates.add(rows.getObject(1, LocalDate.class));
            }
        }
        for (LocalDate date : dates) {
            sql.execute("CREATE TABLE " + Identifiers.qualified(schema, partitionName(date)) + " PARTITION OF " + qualifiedName()
                    + " FOR VALUES IN (" + dateLiteral(date) + ")");
        }
        StringBuilder kept = new StringBuilder();
        for (Attribute attribute : layer.attributes()) {
            if (existing.containsKey(attribute.name())) {
                kept.append(Identifiers.quote(attribute.name())).append(", ");
            }
        }
        sql.execute("INSERT INTO " + qualifiedName() + " (" + FID + ", " + REPORT_DATE + ", " + kept + GEOMETRY + ")"
                + " SELECT row_number() OVER (PARTITION BY " + REPORT_DATE + " ORDER BY " + FID + "), " + REPORT_DATE + ", " + kept + GEOMETRY
                + " FROM " + Identifiers.qualified(schema, old));
        sql.execute("DROP TABLE " + Identifiers.qualified(schema, old));
    }

    /** The report dates that have a partition, or, in a table from before partitioning, rows. */
    List<LocalDate> reportDates(Connection db) throws SQLException {
        boolean partitioned = isPartitioned(db);
        String query = partitioned
                ? "SELECT substring(c.relname from '__([0-9]{8})$') FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                        + " JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace n ON n.oid = p.relnamespace"
                        + " WHERE n.nspname = ? AND p.relname = ? ORDER BY 1"
                : "SELECT DISTINCT to_char(" + REPORT_DATE + ", 'YYYYMMDD') FROM " + qualifiedName() + " ORDER BY 1";
        List<LocalDate> dates = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(query)) {
            if (partitioned) {
                statement.setString(1, schema);
                statement.setString(2, layer.name());
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(1) != null) {
                        dates.add(LocalDate.parse(rows.getString(1), DateTimeFormatter.BASIC_ISO_DATE));
                    }
                }
            }
        }
        return dates;
    }

    /** Deletes one report date's rows: its partition, or its rows in a table from before partitioning. */
    void deleteReport(Connection db, LocalDate reportDate) throws SQLException {
        if (isPartitioned(db)) {
            dropPartition(db, reportDate);
            return;
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + qualifiedName() + " WHERE " + REPORT_DATE + " = ?")) {
            delete.setObject(1, reportDate);
            delete.executeUpdate();
        }
    }

    boolean exists(Connection db) throws SQLException {
        return !existingColumns(db).isEmpty();
    }

    /** The name of the partition that holds one report date's rows, such as {@code checkpoints__20210608}. */
    private String partitionName(LocalDate reportDate) {
        return layer.name() + "__" + reportDate.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** The table, in the bookkeeping schema, that a load copies this layer's rows into before they are swapped in. */
    String stagingName() {
        return layer.name() + "__load";
    }

    /** The staging table, stand-alone and ready to become the partition of {@code reportDate}. */
    String createStaging(String stagingSchema, LocalDate reportDate) {
        return columns("CREATE TABLE " + Identifiers.qualified(stagingSchema, stagingName()), "CHECK (" + REPORT_DATE + " = " + dateLiteral(reportDate) + ")");
    }

    /**
     * The primary key and the GIST and date indexes of a loaded staging table, named after the partition
     * it will become, so that attaching it reuses them instead of building them again.
     */
    String indexStaging(String stagingSchema, LocalDate reportDate) {
        String partition = partitionName(reportDate);
        String table = Identifiers.qualified(stagingSchema, stagingName());
        return "ALTER TABLE " + table + " ADD CONSTRAINT " + Identifiers.quote(partition + "_pkey")
                + " PRIMARY KEY (" + FID + ", " + REPORT_DATE + "); " + indexes(table, partition);
    }

    /** Makes the loaded staging table the partition of its date, replacing the date's old partition. */
    void swapIn(Connection db, String stagingSchema, LocalDate reportDate) throws SQLException {
        String partition = Identifiers.qualified(schema, partitionName(reportDate));
        try (Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE " + Identifiers.qualified(stagingSchema, stagingName()) + " SET SCHEMA " + Identifiers.quote(schema));
            sql.execute("ALTER TABLE " + Identifiers.qualified(schema, stagingName()) + " RENAME TO " + Identifiers.quote(partitionName(reportDate)));
            sql.execute("ALTER TABLE " + qualifiedName() + " ATTACH PARTITION " + partition + " FOR VALUES IN (" + dateLiteral(reportDate) + ")");
        }
    }

    /** Drops the partition of that date, if there is one: a report that is replaced, or now has no rows for this layer. */
    void dropPartition(Connection db, LocalDate reportDate) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS " + Identifiers.qualified(schema, partitionName(reportDate)));
        }
    }

    private String columns(String create, String check) {
        StringBuilder ddl = new StringBuilder(create).append(" (")
                .append(FID).append(" bigint NOT NULL, ").append(REPORT_DATE).append(" date NOT NULL");
        for (Attribute attribute : layer.attributes()) {
            ddl.append(", ").append(Identifiers.quote(attribute.name())).append(' ').append(attribute.sqlType());
        }
        ddl.append(", ").append(GEOMETRY).append(" geometry(").append(layer.publishedGeometryType()).append(", 4326) NOT NULL");
        if (check != null) {
            ddl.append(", ").append(check);
        }
        return ddl.append(')').toString();
    }

    private static String dateLiteral(LocalDate date) {
        return "DATE '" + date + "'";
    }

    private static String indexes(String table, String prefix) {
        return "CREATE INDEX " + Identifiers.quote(prefix + "_geom_idx") + " ON " + table + " USING gist (" + GEOMETRY + "); "
                + "CREATE INDEX " + Identifiers.quote(prefix + "_date_idx") + " ON " + table + " (" + REPORT_DATE + ")";
    }

    /** Column → type as information_schema reports it; fid and geom are fixed and compared separately. */
    private Map<String, String> wantedColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(REPORT_DATE, "date");
        layer.attributes().forEach(a -> columns.put(a.name(), a.sqlType()));
        return columns;
    }

    private Map<String, String> existingColumns(Connection db) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
            query.setString(1, schema);
            query.setString(2, layer.name());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return columns;
    }

    private boolean isPartitioned(Connection db) throws SQLException {
        return "p".equals(valueForTable(db, "SELECT c.relkind::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relname = ?"));
    }

    private String geometryType(Connection db) throws SQLException {
        return valueForTable(db, "SELECT upper(type) || ',' || srid FROM geometry_columns"
                + " WHERE f_table_schema = ? AND f_table_name = ? AND f_geometry_column = 'geom'");
    }

    /** The first value a catalog query about this table returns ({@code ?} schema, {@code ?} table), or null. */
    private String valueForTable(Connection db, String query) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(query)) {
            statement.setString(1, schema);
            statement.setString(2, layer.name());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
