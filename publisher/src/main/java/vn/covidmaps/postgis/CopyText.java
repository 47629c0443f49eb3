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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }
}
