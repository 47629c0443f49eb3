package vn.covidmaps.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.LayerDefinition;

/**
 * The PostGIS table of one layer: {@code fid}, {@code report_date}, the published attributes and
 * {@code geom} (SRID 4326, GIST-indexed). Brought in line with the layer file: missing columns are
 * added, and columns the layer no longer publishes are dropped so that nothing unlisted stays served.
 */
public final class LayerTable {
    public static final String FID = "fid";
    public static final String REPORT_DATE = "report_date";
    public static final String GEOMETRY = "geom";

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
            return new TableChange(layer.name(), TableChange.Action.CREATE, List.of("create table " + schema + "." + layer.name()), List.of());
        }
        List<String> details = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        Map<String, String> wanted = wantedColumns();
        for (var column : wanted.entrySet()) {
            String type = existing.get(column.getKey());
            if (type == null) {
                details.add("add column " + column.getKey());
            } else if (!type.equals(column.getValue())) {
                conflicts.add(schema + "." + layer.name() + "." + column.getKey() + " is " + type + " but the layer declares "
                        + column.getValue() + "; rename or drop the old table");
            }
        }
        for (String column : existing.keySet()) {
            if (!wanted.containsKey(column) && !column.equals(FID) && !column.equals(GEOMETRY)) {
                details.add("drop column " + column + " (no longer published)");
            }
        }
        String geometry = geometryType(db);
        String wantedGeometry = layer.geometry().type().postgisType().toUpperCase() + ",4326";
        if (geometry != null && !geometry.equals(wantedGeometry)) {
            conflicts.add(schema + "." + layer.name() + ".geom is " + geometry + " but the layer needs " + wantedGeometry);
        }
        return new TableChange(layer.name(), details.isEmpty() ? TableChange.Action.UNCHANGED : TableChange.Action.UPDATE, details, conflicts);
    }

    /**
     * Applies what {@link #inspect} found, inside the caller's transaction. A new table is created
     * without its primary key, GIST and date indexes: the caller bulk-loads it first and then calls
     * {@link #createIndexes}, because building an index over loaded rows is faster than growing it
     * row by row (a third of the load time for a million points).
     */
    public void apply(Connection db, TableChange change) throws SQLException {
        if (!change.conflicts().isEmpty()) {
            throw new DatabaseException(String.join("; ", change.conflicts()));
        }
        try (Statement sql = db.createStatement()) {
            if (change.action() == TableChange.Action.CREATE) {
                sql.execute(createTable());
                return;
            }
            Map<String, String> wanted = wantedColumns();
            for (String detail : change.details()) {
                String column = detail.split(" ")[2];
                if (detail.startsWith("add column")) {
                    sql.execute("ALTER TABLE " + qualifiedName() + " ADD COLUMN " + Identifiers.quote(column) + " " + wanted.get(column));
                } else if (detail.startsWith("drop column")) {
                    sql.execute("ALTER TABLE " + qualifiedName() + " DROP COLUMN " + Identifiers.quote(column));
                }
            }
        }
    }

    /** The primary key, the GIST index on geom and the btree index on report_date of a table {@link #apply} created. */
    public void createIndexes(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE " + qualifiedName() + " ADD PRIMARY KEY (" + FID + ")");
            sql.execute("CREATE INDEX " + Identifiers.quote(layer.name() + "_geom_idx") + " ON " + qualifiedName() + " USING gist (geom)");
            sql.execute("CREATE INDEX " + Identifiers.quote(layer.name() + "_date_idx") + " ON " + qualifiedName() + " (report_date)");
        }
    }

    private String createTable() {
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(qualifiedName()).append(" (")
                .append("fid bigint GENERATED ALWAYS AS IDENTITY, report_date date NOT NULL");
        for (Attribute attribute : layer.attributes()) {
            ddl.append(", ").append(Identifiers.quote(attribute.name())).append(' ').append(attribute.sqlType());
        }
        return ddl.append(", geom geometry(").append(layer.geometry().type().postgisType()).append(", 4326) NOT NULL)").toString();
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

    private String geometryType(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT upper(type) || ',' || srid FROM geometry_columns"
                + " WHERE f_table_schema = ? AND f_table_name = ? AND f_geometry_column = 'geom'")) {
            query.setString(1, schema);
            query.setString(2, layer.name());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
