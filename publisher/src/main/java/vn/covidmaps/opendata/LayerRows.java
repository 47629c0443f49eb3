package vn.covidmaps.opendata;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.GeometryKind;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.postgis.Identifiers;

/** Streams one report date's rows of a layer out of PostGIS, published columns only, in fid order. */
final class LayerRows {
    private LayerRows() {
    }

    /** Sends every row to every sink; returns how many rows there were. */
    static long stream(Connection db, String schema, LayerDefinition layer, LocalDate date, List<RowSink> sinks)
            throws SQLException, IOException {
        String point = layer.geometry().type() == GeometryKind.POINT ? "geom" : "ST_PointOnSurface(geom)";
        List<String> columns = new ArrayList<>();
        for (Attribute attribute : layer.attributes()) {
            columns.add(Identifiers.quote(attribute.name()));
        }
        String query = """
                SELECT fid, report_date, %s ST_AsBinary(geom), ST_X(%s), ST_Y(%s)
                FROM %s WHERE report_date = ? ORDER BY fid
                """.formatted(columns.isEmpty() ? "" : String.join(", ", columns) + ",", point, point,
                Identifiers.qualified(schema, layer.name()));
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false); // lets the driver fetch in batches instead of holding a million rows
        try (PreparedStatement select = db.prepareStatement(query)) {
            select.setFetchSize(5000);
            select.setObject(1, date);
            long count = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ExportRow row = row(rows, layer);
                    for (RowSink sink : sinks) {
                        sink.row(row);
                    }
                    count++;
                }
            }
            db.commit();
            return count;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static ExportRow row(ResultSet rows, LayerDefinition layer) throws SQLException {
        List<Object> values = new ArrayList<>(layer.attributes().size());
        int column = 3;
        for (Attribute attribute : layer.attributes()) {
            Object value;
            if (ExportColumns.isDate(attribute)) {
                value = rows.getObject(column, LocalDate.class);
            } else if (ExportColumns.isWholeNumber(attribute)) {
                long number = rows.getLong(column);
                value = rows.wasNull() ? null : number;
            } else if (ExportColumns.isDecimal(attribute)) {
                double number = rows.getDouble(column);
                value = rows.wasNull() ? null : number;
            } else {
                value = rows.getString(column);
            }
            values.add(value);
            column++;
        }
        return new ExportRow(rows.getLong(1), rows.getObject(2, LocalDate.class), values, rows.getBytes(column),
                rows.getDouble(column + 1), rows.getDouble(column + 2));
    }
}
