package vn.covidmaps.geoserver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import vn.covidmaps.config.Setting;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.text.Text;

/**
 * Layer extents computed the way GeoServer computes a PostGIS feature type's bounds (ST_Extent, with
 * estimated extents off in the datastore), so equal data gives equal boxes.
 */
public final class PostgisExtents implements DataExtents {
    private final Connection connection;
    private final String schema;

    public PostgisExtents(Connection connection, String schema) {
        this.connection = connection;
        this.schema = Names.sql(Setting.DB_SCHEMA, schema);
    }

    @Override
    public Optional<Bbox> of(String layer) {
        Names.sql(Names.LAYER, layer);
        String sql = "select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) from (select ST_Extent(geom) e from "
                + Names.quoted(Setting.DB_SCHEMA, schema) + "." + Names.quoted(Names.LAYER, layer) + ") x where e is not null";
        if (!LayerTableLookup.exists(connection, schema, layer)) {
            return Optional.empty();
        }
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            return rows.next()
                    ? Optional.of(new Bbox(rows.getDouble(1), rows.getDouble(2), rows.getDouble(3), rows.getDouble(4)))
                    : Optional.empty();
        } catch (SQLException e) {
            throw new CovidMapsException(ErrorCode.DATABASE, Text.of("database.extent", schema + "." + layer, e.getMessage()), e);
        }
    }
}
