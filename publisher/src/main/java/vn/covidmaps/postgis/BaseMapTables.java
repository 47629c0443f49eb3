package vn.covidmaps.postgis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The base map's data: the bundled 2021 province and district boundaries with their names, in two tables
 * of the layer schema (polygon and label point), so that GeoServer draws a base map that needs no outside service. Written once;
 * later runs find the same rows and write nothing.
 */
public final class BaseMapTables {
    public static final String PROVINCES = "basemap_provinces";
    public static final String DISTRICTS = "basemap_districts";
    public static final List<String> NAMES = List.of(PROVINCES, DISTRICTS);

    private record Source(String table, String resource, String codeField, String nameField) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source(PROVINCES, "/vn-admin/tinh_lang-son_bac-kan_thai-nguyen.geojson", "ma_tinh", "ten_tinh"),
            new Source(DISTRICTS, "/vn-admin/huyen_lang-son_bac-kan_thai-nguyen.geojson", "ma_huyen", "ten_huyen"));

    private final String schema;

    public BaseMapTables(String schema) {
        this.schema = schema;
    }

    /** Creates and fills the tables that are missing or differ from the bundled files; returns the tables written. */
    public List<String> ensure(Connection db) throws SQLException {
        List<String> written = new ArrayList<>();
        for (Source source : SOURCES) {
            JsonNode features = read(source.resource()).path("features");
            String table = Identifiers.qualified(schema, source.table());
            try (Statement sql = db.createStatement()) {
                sql.execute("create schema if not exists " + Identifiers.quote(schema));
                sql.execute("""
                        create table if not exists %s (
                            fid integer primary key, code text not null unique, name text not null,
                            geom geometry(MultiPolygon, 4326) not null, label_point geometry(Point, 4326) not null)""".formatted(table));
            }
            if (codes(db, table).equals(codes(features, source.codeField()))) {
                continue;
            }
            try (Statement sql = db.createStatement()) {
                sql.execute("truncate " + table);
            }
            // one label point per unit: a polygon labelled tile by tile would repeat its name on every tile
            String insert = """
                    insert into %s (fid, code, name, geom, label_point)
                    select ?, ?, ?, g, ST_PointOnSurface(g) from ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)) as g""".formatted(table);
            try (PreparedStatement rows = db.prepareStatement(insert)) {
                int fid = 0;
                for (JsonNode feature : features) {
                    rows.setInt(1, ++fid);
                    rows.setString(2, feature.path("properties").path(source.codeField()).asText());
                    rows.setString(3, feature.path("properties").path(source.nameField()).asText());
                    rows.setString(4, feature.path("geometry").toString());
                    rows.addBatch();
                }
                rows.executeBatch();
            }
            written.add(source.table());
        }
        return written;
    }

    private static List<String> codes(Connection db, String table) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("select code from " + table + " order by fid")) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    private static List<String> codes(JsonNode features, String codeField) {
        List<String> codes = new ArrayList<>();
        features.forEach(feature -> codes.add(feature.path("properties").path(codeField).asText()));
        return codes;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Objects.requireNonNull(BaseMapTables.class.getResourceAsStream(resource), resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("bundled boundaries unreadable: " + resource, e); // a broken jar, not the operator's doing
        }
    }
}
