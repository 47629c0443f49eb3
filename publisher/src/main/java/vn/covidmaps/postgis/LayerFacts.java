package vn.covidmaps.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * What PostGIS holds for a layer: the latest report date and how many features that report has.
 *
 * @param latest   null when the table does not exist or is empty
 * @param features features of the latest report
 */
public record LayerFacts(String layer, LocalDate latest, long features, int reports) {

    public static LayerFacts read(Connection db, String schema, String layer) throws SQLException {
        try (PreparedStatement exists = db.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            exists.setString(1, schema + "." + layer);
            try (ResultSet rows = exists.executeQuery()) {
                rows.next();
                if (!rows.getBoolean(1)) {
                    return new LayerFacts(layer, null, 0, 0);
                }
            }
        }
        String table = Identifiers.qualified(schema, layer);
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT report_date, count(*), count(*) OVER () FROM " + table + " GROUP BY report_date ORDER BY report_date DESC LIMIT 1")) {
            if (!rows.next()) {
                return new LayerFacts(layer, null, 0, 0);
            }
            return new LayerFacts(layer, rows.getObject(1, LocalDate.class), rows.getLong(2), rows.getInt(3));
        }
    }
}
