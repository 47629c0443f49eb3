package vn.covidmaps.geoserver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.text.Text;

/** Whether a layer's table exists yet: a layer file added since the last load has none until its first publish. */
final class LayerTableLookup {
    private LayerTableLookup() {
    }

    static boolean exists(Connection connection, String schema, String layer) {
        try (PreparedStatement statement = connection.prepareStatement("select to_regclass(format('%I.%I', ?::text, ?::text))")) {
            statement.setString(1, schema);
            statement.setString(2, layer);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getString(1) != null;
            }
        } catch (SQLException e) {
            throw new CovidMapsException(ErrorCode.DATABASE, Text.of("database.lookUp", schema + "." + layer, e.getMessage()), e);
        }
    }
}
