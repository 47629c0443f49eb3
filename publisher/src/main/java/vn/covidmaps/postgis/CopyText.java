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
    private final WKBWriter wkb = new WKBWriter(2, true);

    void writeRow(Writer out, LocalDate reportDate, Object[] values, Geometry geometry) throws IOException {
        out.write(reportDate.toString());
        for (Object value : values) {
            out.write('\t');
            writeValue(out, value);
        }
        out.write('\t');
        geometry.setSRID(4326);
        out.write(WKBWriter.toHex(wkb.write(geometry)));
        out.write('\n');
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
