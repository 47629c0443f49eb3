package vn.covidmaps.geometry;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.geom.MultiPolygon;
import vn.covidmaps.config.ConfigurationException;

/**
 * Polygons from a GeoPackage feature table (OGC 12-128r18): each geometry blob is a small "GP"
 * header (version, flags, SRS id, optional envelope) followed by standard WKB, which JTS reads.
 */
final class GeoPackagePolygons {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private GeoPackagePolygons() {
    }

    static Map<String, MultiPolygon> read(Path file, String codeField, String layer) {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            String[] table = featureTable(db, layer, file);
            String sql = "SELECT \"" + identifier(codeField, file) + "\", \"" + table[1] + "\" FROM \"" + table[0] + "\"";
            Map<String, MultiPolygon> polygons = new HashMap<>();
            WKBReader wkb = new WKBReader();
            try (PreparedStatement select = db.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byte[] blob = rows.getBytes(2);
                    if (rows.getString(1) != null && blob != null) {
                        polygons.put(BoundaryFiles.normaliseCode(rows.getString(1)), Polygons.toMultiPolygon(wkb.read(wkbPart(blob))));
                    }
                }
            }
            return polygons;
        } catch (SQLException | ParseException | IllegalArgumentException e) {
            throw new ConfigurationException("boundaries.communes: cannot read GeoPackage " + file + ": " + e.getMessage(), e);
        }
    }

    /** [table, geometry column] of the requested layer, or of the only feature table; must be in EPSG:4326. */
    private static String[] featureTable(Connection db, String layer, Path file) throws SQLException {
        String sql = "SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns"
                + (layer == null ? "" : " WHERE table_name = ?");
        try (PreparedStatement select = db.prepareStatement(sql)) {
            if (layer != null) {
                select.setString(1, layer);
            }
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new ConfigurationException(file + ": no feature table" + (layer == null ? "" : " named " + layer));
                }
                String[] found = {identifier(rows.getString(1), file), identifier(rows.getString(2), file)};
                int srs = rows.getInt(3);
                if (rows.next()) {
                    throw new ConfigurationException(file + " has several feature tables: set boundaries.communes.layer");
                }
                if (srs != 4326) {
                    throw new ConfigurationException(file + ": table " + found[0] + " is in SRS " + srs
                            + "; reproject it to EPSG:4326 (e.g. ogr2ogr -t_srs EPSG:4326)");
                }
                return found;
            }
        }
    }

    private static String identifier(String name, Path file) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new ConfigurationException(file + ": unsupported table or column name '" + name + "'");
        }
        return name;
    }

    /** Skips the GeoPackage binary header: 8 bytes plus an envelope whose size the flags give. */
    static byte[] wkbPart(byte[] blob) {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("not a GeoPackage geometry");
        }
        int envelopeIndicator = (blob[3] >> 1) & 0x07;
        int envelopeBytes = switch (envelopeIndicator) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("bad GeoPackage envelope flag " + envelopeIndicator);
        };
        ByteBuffer body = ByteBuffer.wrap(blob, 8 + envelopeBytes, blob.length - 8 - envelopeBytes).order(ByteOrder.BIG_ENDIAN);
        byte[] wkb = new byte[body.remaining()];
        body.get(wkb);
        return wkb;
    }
}
