package vn.covidmaps.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminUnitsTest {
    private final AdminUnits units = AdminUnits.bundled(Set.of("20", "06", "19"));

    @Test
    void findsUnitsByCodeEvenWhenExcelDroppedTheLeadingZero() {
        assertEquals("Thành phố Lạng Sơn", units.byCode("178").value().name());
        assertEquals("Thành Phố Bắc Kạn", units.byCode("58").value().name());
        assertEquals("01834", units.byCode("1834").value().code());
        assertEquals("01834", units.byCode("01834.0").value().code());
        assertTrue(units.byCode("99999").error().english().contains("no district or commune"));
        assertTrue(units.byCode("abc").failed());
    }

    @Test
    void matchesNamesWhateverTheToneMarkStyleOrPrefix() {
        assertEquals("186", units.byNames(null, "Hữu Lũng").value().code());
        assertEquals("186", units.byNames(null, "Huyện Hữu Lũng").value().code());
        assertEquals("186", units.byNames(null, "huu lung").value().code());
        assertEquals("178", units.byNames(null, "TP. Lạng Sơn").value().code());
        // GSO writes "Hòa Bình"; COVID sources write "Hoà Bình"
        assertEquals("06397", units.byNames("Xã Hoà Bình", "Hữu Lũng").value().code());
        assertEquals(units.byNames("Hòa Bình", "Chi Lăng").value(), units.byNames("Hoà Bình", "Chi Lăng").value());
    }

    @Test
    void anAmbiguousNameIsAnErrorListingTheCandidates() {
        String error = units.byNames("Chi Lăng", null).error().english();
        assertTrue(error.contains("matches 4 units"), error);
        assertTrue(error.contains("Xã Chi Lăng"), error);
        // "Quân Chu" is both a thị trấn and a xã of Đại Từ: the type tells them apart
        assertTrue(units.byNames("Quân Chu", "Đại Từ").error().english().contains("matches 2 units"));
        assertEquals("05764", units.byNames("Thị trấn Quân Chu", "Đại Từ").value().code());
        assertEquals("05851", units.byNames("Xã Quân Chu", "Đại Từ").value().code());
    }

    @Test
    void anUnknownNameIsAnError() {
        assertTrue(units.byNames(null, "Đông Anh").error().english().contains("no district named"));
        assertTrue(units.byNames("Không Có", "Hữu Lũng").error().english().contains("no commune named"));
    }

    @Test
    void onlyTheConfiguredProvincesAreSearched() {
        AdminUnits langSonOnly = AdminUnits.bundled(Set.of("20"));
        assertTrue(langSonOnly.byCode("058").failed(), "Bắc Kạn city is outside Lạng Sơn");
        assertEquals(4, langSonOnly.byNames("Chi Lăng", null).error().english().chars().filter(c -> c == ';').count() + 1);
    }
}
