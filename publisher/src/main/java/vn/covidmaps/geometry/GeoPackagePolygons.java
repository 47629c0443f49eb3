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
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.geom.MultiPolygon;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.text.Text;

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
                        polygons.put(BoundaryFiles.normaliseCode(rows.getString(1)), polygon(file, rows.getString(1), blob, wkb));
                    }
                }
            }
            return polygons;
        } catch (SQLException | ParseException | IllegalArgumentException e) {
            throw new ConfigurationException(Text.of("boundaries.unreadableGpkg", file, String.valueOf(e.getMessage())), e);
        }
    }

    /** The feature's polygon; a point, a line or a blob that is no GeoPackage geometry is refused naming the feature. */
    private static MultiPolygon polygon(Path file, String code, byte[] blob, WKBReader wkb) throws ParseException {
        byte[] body = wkbPart(blob);
        if (body == null) {
            throw new ConfigurationException(Text.of("boundaries.noPolygon", file, code, Text.of("boundaries.notGpkgGeometry")));
        }
        Geometry geometry = wkb.read(body);
        if (!(geometry instanceof Polygonal)) {
            throw new ConfigurationException(Text.of("boundaries.noPolygon", file, code, Text.of("boundary.type", geometry.getGeometryType())));
        }
        return Polygons.toMultiPolygon(geometry);
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
                    throw new ConfigurationException(layer == null ? Text.of("boundaries.noTable", file) : Text.of("boundaries.noTableNamed", file, layer));
                }
                String[] found = {identifier(rows.getString(1), file), identifier(rows.getString(2), file)};
                int srs = rows.getInt(3);
                if (rows.next()) {
                    throw new ConfigurationException(Text.of("boundaries.severalTables", file));
                }
                if (srs != 4326) {
                    throw new ConfigurationException(Text.of("boundaries.srs", file, found[0], srs));
                }
                return found;
            }
        }
    }

    private static String identifier(String name, Path file) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new ConfigurationException(Text.of("boundaries.name", file, name));
        }
        return name;
    }

    /** Skips the GeoPackage binary header: 8 bytes plus an envelope whose size the flags give; null when it is no such header. */
    static byte[] wkbPart(byte[] blob) {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            return null;
        }
        int envelopeIndicator = (blob[3] >> 1) & 0x07;
        int envelopeBytes = switch (envelopeIndicator) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> -1;
        };
        if (envelopeBytes < 0 || blob.length < 8 + envelopeBytes) {
            return null;
        }
        ByteBuffer body = ByteBuffer.wrap(blob, 8 + envelopeBytes, blob.length - 8 - envelopeBytes).order(ByteOrder.BIG_ENDIAN);
        byte[] wkb = new byte[body.remaining()];
        body.get(wkb);
        return wkb;
    }
}
