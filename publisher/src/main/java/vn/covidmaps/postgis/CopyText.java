package vn.covidmaps.postgis;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes rows in PostgreSQL's COPY text format: tab-separated, \N for null, backslash escapes, and
 * geometries as hex EWKB with SRID 4326 (what PostGIS reads fastest).
 */
final class CopyText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final WKBWriter wkb = new WKBWriter(2, true);
    /** Reused for each geometry's hex text: JTS's own toHex builds a synchronized StringBuffer char by char. */
    private char[] hex = new char[64];

    void writeRow(Writer out, LocalDate reportDate, Object[] values, Geometry geometry) throws IOException {
        out.write(reportDate.toString());
        for (Object value : values) {
            out.write('\t');
            writeValue(out, value);
        }
        out.write('\t');
        geometry.setSRID(4326);
        writeHex(out, wkb.write(geometry));
        out.write('\n');
    }

    private void writeHex(Writer out, byte[] bytes) throws IOException {
        if (hex.length < bytes.length * 2) {
            hex = new char[bytes.length * 2];
        }
        for (int i = 0; i < bytes.length; i++) {
            hex[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        out.write(hex, 0, bytes.length * 2);
    }

    private static void writeValue(Writer out, Object value) throws IOException {
        if (value == null) {
            out.write("\\N");
            return;
        }
        String text = value.toString();
        // whole runs between escapes: a Writer call per character was a third of a million-row load
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            String escape = switch (text.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escape != null) {
                out.write(text, start, i - start);
                out.write(escape);
                start = i + 1;
            }
        }
        out.write(text, start, text.length() - start);
    }
}
