package vn.covidmaps.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

class CopyRowsTest {
    private static final LocalDate DATE = LocalDate.of(2021, 6, 8);
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();
    private static final Point CHO_DONG_KINH = GEOMETRIES.createPoint(new Coordinate(106.76, 21.85));

    private static String rows(int count, Object... values) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CopyRows rows = new CopyRows(out, DATE)) {
            for (int i = 0; i < count; i++) {
                rows.write(values, CHO_DONG_KINH);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plainValuesAreTabSeparatedUtf8WithNullAsBackslashN() throws IOException, ParseException {
        String[] fields = rows(1, "Chợ Đông Kinh", null, 12).split("\t");
        assertEquals("1", fields[0], "fid: the row's number in its report date");
        assertEquals("2021-06-08", fields[1]);
        assertEquals("Chợ Đông Kinh", fields[2]);
        assertEquals("\\N", fields[3]);
        assertEquals("12", fields[4]);
        // hex EWKB: big-endian point type with the SRID flag, then SRID 4326, then x and y
        assertEquals("0020000001000010E6", fields[5].substring(0, 18), fields[5]);
        assertEquals(18 + 32 + 1, fields[5].length(), "two doubles and the line end");
        Point point = (Point) new WKBReader().read(WKBReader.hexToBytes(fields[5].strip()));
        assertEquals(4326, point.getSRID());
        assertEquals(106.76, point.getX());
        assertEquals(21.85, point.getY());
    }

    @Test
    void separatorsAndBackslashesInsideValuesAreEscaped() throws IOException {
        String[] fields = rows(1, "a\tb\\c\nd\re", "\\").split("\t");
        assertEquals("a\\tb\\\\c\\nd\\re", fields[2]);
        assertEquals("\\\\", fields[3]);
    }

    @Test
    void rowsLongerThanTheBufferAndManyRowsArriveWhole() throws IOException {
        String address = "Số 44 đường Hùng Vương, Phường Chi Lăng, TP Lạng Sơn ".repeat(2_000); // > 64 KB
        String text = rows(3, address, "Chùa Tam Thanh");
        String[] lines = text.split("\n");
        assertEquals(3, lines.length);
        for (int i = 0; i < lines.length; i++) {
            String[] fields = lines[i].split("\t");
            assertEquals(String.valueOf(i + 1), fields[0]);
            assertTrue(address.equals(fields[2]), "the long address arrives whole in row " + (i + 1));
        }
        String[] many = rows(5_000, "Chợ Đông Kinh").split("\n");
        assertEquals(5_000, many.length);
        assertTrue(many[4_999].startsWith("5000\t2021-06-08\tChợ Đông Kinh\t"), many[4_999].substring(0, 40));
    }
}
