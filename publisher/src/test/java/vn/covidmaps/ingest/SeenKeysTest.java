package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeenKeysTest {

    @Test
    void aRepeatedKeyNamesTheRowWhereItWasFirstSeenAcrossManyGrowths() {
        SeenKeys seen = new SeenKeys();
        int keys = 200_000;
        for (int row = 1; row <= keys; row++) {
            assertEquals(0, seen.firstRowOrRemember("BN" + row + " / Chợ Đông Kinh", row), "new key at row " + row);
        }
        for (int row = 1; row <= keys; row += 997) {
            assertEquals(row, seen.firstRowOrRemember("BN" + row + " / Chợ Đông Kinh", keys + row));
        }
        // a repeat is not remembered again: the first row stays the answer
        assertEquals(5, seen.firstRowOrRemember("BN5 / Chợ Đông Kinh", 999_999));
        assertEquals(0, seen.firstRowOrRemember("BN5 / Chợ Đông Kinh ", 999_999), "a different key");
    }

    @Test
    void aKeyOfSeveralValuesRepeatsOnlyWhenEveryValueDoes() {
        SeenKeys seen = new SeenKeys();
        LocalDate may1 = LocalDate.of(2021, 5, 1);
        assertEquals(0, seen.firstRowOrRemember(new Object[] {"BN17243", "Bến xe phía Bắc", may1, null}, 2));
        assertEquals(2, seen.firstRowOrRemember(new Object[] {"BN17243", "Bến xe phía Bắc", LocalDate.of(2021, 5, 1), null}, 9));
        assertEquals(0, seen.firstRowOrRemember(new Object[] {"BN17243", "Bến xe phía Bắc", may1, may1}, 3), "an end date where there was none");
        assertEquals(0, seen.firstRowOrRemember(new Object[] {"BN17243", "Bến xe phía Bắc", may1.plusDays(1), null}, 4));
        assertEquals(0, seen.firstRowOrRemember(new Object[] {"ab", "c"}, 5));
        assertEquals(0, seen.firstRowOrRemember(new Object[] {"a", "bc"}, 6), "values do not run into each other");
        assertEquals(0, seen.firstRowOrRemember(new Object[] {"BN1", 12}, 7));
        assertEquals(7, seen.firstRowOrRemember(new Object[] {"BN1", 12}, 8));
    }
}
