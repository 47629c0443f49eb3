package vn.covidmaps.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

class CopyTextTest {
    private static final LocalDate DATE = LocalDate.of(2021, 6, 8);
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private static String row(Object... values) throws IOException {
        StringWriter out = new StringWriter();
        new CopyText().writeRow(out, DATE, values, GEOMETRIES.createPoint(new Coordinate(106.76, 21.85)));
        return out.toString();
    }

    @Test
    void plainValuesAreTabSeparatedWithNullAsBackslashN() throws IOException, ParseException {
        String[] fields = row("Chợ Đông Kinh", null, 12).split("\t");
        assertEquals("2021-06-08", fields[0]);
        assertEquals("Chợ Đông Kinh", fields[1]);
        assertEquals("\\N", fields[2]);
        assertEquals("12", fields[3]);
        // hex EWKB: big-endian point type with the SRID flag, then SRID 4326, then x and y
        assertEquals("0020000001000010E6", fields[4].substring(0, 18).toUpperCase(), fields[4]);
        assertEquals(18 + 32 + 1, fields[4].length(), "two doubles and the line end");
        Point point = (Point) new WKBReader().read(WKBReader.hexToBytes(fields[4].strip()));
        assertEquals(4326, point.getSRID());
        assertEquals(106.76, point.getX());
        assertEquals(21.85, point.getY());
    }

    @Test
    void separatorsAndBackslashesInsideValuesAreEscaped() throws IOException {
        String[] fields = row("a\tb\\c\nd\re", "\\").split("\t");
        assertEquals("a\\tb\\\\c\\nd\\re", fields[1]);
        assertEquals("\\\\", fields[2]);
    }
}
