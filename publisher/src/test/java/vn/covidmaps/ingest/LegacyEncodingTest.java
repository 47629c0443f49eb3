package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** TCVN3 and VNI text as it shows in Unicode, against what was typed: province and place names. */
class LegacyEncodingTest {

    @Test
    void tcvn3() {
        String[][] typed = {
            {"Chî §«ng Kinh", "Chợ Đông Kinh"}, {"Hµ Néi", "Hà Nội"}, {"Thµnh phè Hå ChÝ Minh", "Thành phố Hồ Chí Minh"},
            {"Bé Y tÕ", "Bộ Y tế"}, {"§iÖn Biªn", "Điện Biên"}, {"Tr\u00ADêng häc", "Trường học"}, {"Qu¶ng Ninh", "Quảng Ninh"},
            {"L¹ng S¬n", "Lạng Sơn"}, {"Cao B»ng", "Cao Bằng"}, {"H\u00ADng Yªn", "Hưng Yên"}, {"§ång Th¸p", "Đồng Tháp"},
            {"Thõa Thiªn HuÕ", "Thừa Thiên Huế"}, {"Bµ RÞa - Vòng Tµu", "Bà Rịa - Vũng Tàu"}, {"§¾k L¾k", "Đắk Lắk"},
            {"Ninh ThuËn", "Ninh Thuận"}, {"Kh¸nh Hßa", "Khánh Hòa"}, {"Phó Thä", "Phú Thọ"}, {"B¾c K¹n", "Bắc Kạn"},
            {"VÜnh Phóc", "Vĩnh Phúc"}, {"Hµ TÜnh", "Hà Tĩnh"}, {"Thanh Hãa", "Thanh Hóa"}, {"Tuyªn Quang", "Tuyên Quang"},
            {"®· khái bÖnh", "đã khỏi bệnh"}, {"Êp ñ vµ ®Æt ra", "ấp ủ và đặt ra"}, {"ch÷ ký ë ®©y", "chữ ký ở đây"},
        };
        for (String[] pair : typed) {
            assertEquals(pair[1], LegacyEncoding.TCVN3.decode(pair[0], false), pair[0]);
        }
        assertEquals("LẠNG SƠN", LegacyEncoding.TCVN3.decode("L¹ng S¬n", true), "a capitals font");
    }

    @Test
    void vni() {
        String[][] typed = {
            {"Chôï Ñoâng Kinh", "Chợ Đông Kinh"}, {"Thaønh phoá Hoà Chí Minh", "Thành phố Hồ Chí Minh"}, {"Ñaø Naüng", "Đà Nẵng"},
            {"Tröôøng hoïc", "Trường học"}, {"Thöøa Thieân Hueá", "Thừa Thiên Huế"}, {"Bình Döông", "Bình Dương"},
            {"Laïng Sôn", "Lạng Sơn"}, {"Quaûng Ngaõi", "Quảng Ngãi"}, {"Baéc Giang", "Bắc Giang"}, {"Vónh Long", "Vĩnh Long"},
            {"VIEÄT NAM", "VIỆT NAM"}, {"Bình Ñònh", "Bình Định"}, {"Myõ Tho", "Mỹ Tho"}, {"Ñaék Laék", "Đắk Lắk"},
            {"Baø Ròa - Vuõng Taøu", "Bà Rịa - Vũng Tàu"}, {"Hoaøng Thò Dung", "Hoàng Thị Dung"}, {"Nguyeãn Vaên Aùnh", "Nguyễn Văn Ánh"},
            {"Kyø Löøa", "Kỳ Lừa"}, {"Hyû voïng", "Hỷ vọng"}, {"Caàn Thô", "Cần Thơ"}, {"Ñaêk Noâng", "Đăk Nông"},
        };
        for (String[] pair : typed) {
            assertEquals(pair[1], LegacyEncoding.VNI.decode(pair[0], false), pair[0]);
        }
    }

    @Test
    void fontNamesSignalTheirEncoding() {
        assertEquals(LegacyEncoding.TCVN3, LegacyEncoding.ofFont(".VnTime"));
        assertEquals(LegacyEncoding.TCVN3, LegacyEncoding.ofFont(".VnArialH"));
        assertTrue(LegacyEncoding.isCapitalsFont(".VnTimeH"));
        assertFalse(LegacyEncoding.isCapitalsFont(".VnTime"));
        assertEquals(LegacyEncoding.VNI, LegacyEncoding.ofFont("VNI-Times"));
        assertNull(LegacyEncoding.ofFont("Times New Roman"));
        assertNull(LegacyEncoding.ofFont(null));
    }

    @Test
    void unicodeVietnameseHasNoLegacySigns() {
        for (String unicode : new String[] {"Chợ Đông Kinh", "Hà Nội", "Thành phố Hồ Chí Minh", "Lê Văn Á", "21°30'32\"N"}) {
            assertEquals(0, LegacySigns.oddCharacters(unicode), unicode);
            assertNull(LegacySigns.guess(unicode), unicode);
        }
        assertEquals(LegacyEncoding.TCVN3, LegacySigns.guess("Chî §«ng Kinh"));
        assertEquals(LegacyEncoding.VNI, LegacySigns.guess("Chôï Ñoâng Kinh"));
    }
}
