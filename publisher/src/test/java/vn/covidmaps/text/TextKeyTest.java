package vn.covidmaps.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextKeyTest {
    @Test
    void headersMatchWhateverTheirDiacriticsCaseSpacingOrPunctuation() {
        String key = TextKey.of("Vĩ độ");
        assertEquals("vi do", key);
        for (String variant : new String[] {"VI DO", "vi_do", "  Vĩ   độ ", "Vi do:", "VĨ ĐỘ", "Vi\u0303 đô\u0323"}) {
            assertEquals(key, TextKey.of(variant), variant);
        }
        assertEquals("ban kinh m", TextKey.of("Bán kính (m)"));
        assertEquals(TextKey.of("Xã/Phường"), TextKey.of("Xa Phuong"));
        assertNotEquals(TextKey.of("Từ ngày"), TextKey.of("Ngày đến"));
    }
}
