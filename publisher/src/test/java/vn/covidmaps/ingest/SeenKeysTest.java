package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
