package vn.covidmaps.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import vn.covidmaps.text.Outcome;

class CoordinateParserTest {
    private final CoordinateParser parser = new CoordinateParser(null);

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "21.8537|106.7610|21.8537|106.7610",
            "21,8537|106,7610|21.8537|106.7610",
            "21°51'13\"N|106°45'40\"E|21.853611|106.761111",
            "21° 51′ 13″ N|106° 45′ 40″ E|21.853611|106.761111",
            "21 51 13.5 N|106 45 40 E|21.853750|106.761111",
            "N 21°51'13\"|E 106°45'40\"|21.853611|106.761111",
            "21.8537°N|106.7610°E|21.8537|106.7610"})
    void readsEveryWrittenFormOfALatitudeAndLongitudeCell(String lat, String lon, double wantLat, double wantLon) {
        Outcome<Coordinate> point = parser.fromCells(lat, lon);
        assertFalse(point.failed(), () -> point.error().english());
        assertEquals(wantLat, point.value().y, 1e-6);
        assertEquals(wantLon, point.value().x, 1e-6);
    }

    @Test
    void readsNumericExcelCells() {
        Outcome<Coordinate> point = parser.fromCells(21.8537, 106.761);
        assertEquals(new Coordinate(106.761, 21.8537), point.value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "21.8537, 106.7610|21.8537|106.7610",
            "21.8537,106.7610|21.8537|106.7610",
            "21,8537, 106,7610|21.8537|106.7610",
            "21,8537; 106,7610|21.8537|106.7610",
            "21.8537 106.7610|21.8537|106.7610",
            "21°51'13\"N 106°45'40\"E|21.853611|106.761111",
            "21°51'13\"N, 106°45'40\"E|21.853611|106.761111"})
    void readsOneCellHoldingBothAsCopiedFromAMap(String cell, double wantLat, double wantLon) {
        Outcome<Coordinate> point = parser.fromCombined(cell);
        assertFalse(point.failed(), () -> point.error().english());
        assertEquals(wantLat, point.value().y, 1e-6);
        assertEquals(wantLon, point.value().x, 1e-6);
    }

    @Test
    void saysPlainlyWhenLatitudeAndLongitudeAreSwapped() {
        Outcome<Coordinate> point = parser.fromCells("106.7610", "21.8537");
        assertTrue(point.failed());
        assertTrue(point.error().english().contains("swapped"), point.error().english());
        assertTrue(parser.fromCombined("106.7610, 21.8537").error().english().contains("swapped"));
    }

    @Test
    void refusesPointsOutsideVietnam() {
        Outcome<Coordinate> paris = parser.fromCells("48.8566", "2.3522");
        assertTrue(paris.error().english().contains("outside Vietnam"), paris.error().english());
        assertTrue(parser.fromCells("-21.85", "106.76").error().english().contains("outside Vietnam"));
    }

    @Test
    void explainsWhatIsWrongWithUnreadableOrIncompleteCells() {
        assertTrue(parser.fromCells("hai mốt", "106.76").error().english().startsWith("not a coordinate"));
        assertTrue(parser.fromCells("21.85", null).error().english().contains("both"));
        assertEquals("no coordinates", parser.fromCells(null, "  ").error().english());
        assertTrue(parser.fromCombined("21,8537").failed());
        assertTrue(parser.fromCells("21°75'00\"N", "106.76").failed(), "75 minutes is no angle");
    }

    @Test
    void metresNeedAConfiguredVn2000Zone() {
        assertTrue(parser.fromCells("2418000", "470000").error().english().contains("VN-2000"));
        CoordinateParser withZone = new CoordinateParser(Vn2000.fromSetting("TM3:107.25"));
        Outcome<Coordinate> point = withZone.fromCells(2418000.0, 470000.0);
        assertNull(point.error());
        // 30 km west of the 107°15' meridian, about 21.86°N: inside Lạng Sơn
        assertEquals(106.96, point.value().x, 0.01);
        assertEquals(21.86, point.value().y, 0.01);
    }

    @Test
    void vn2000FromTheEpsgDatabaseAgreesWithTheUtmZone() {
        CoordinateParser utm48 = new CoordinateParser(Vn2000.fromSetting("EPSG:3405"));
        Outcome<Coordinate> point = utm48.fromCells(2418000.0, 650000.0);
        assertNull(point.error());
        assertEquals(106.45, point.value().x, 0.01);
        assertEquals(21.85, point.value().y, 0.01);
    }
}
