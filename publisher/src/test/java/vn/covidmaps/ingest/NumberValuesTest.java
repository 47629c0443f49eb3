package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberValuesTest {
    @Test
    void wholeNumbersAcceptThousandsSeparators() {
        assertEquals(1200, NumberValues.integer("1.200").value());
        assertEquals(1200, NumberValues.integer("1,200").value());
        assertEquals(300, NumberValues.integer(300.0).value());
        assertTrue(NumberValues.integer("12,5").failed());
        assertTrue(NumberValues.integer(12.5).failed());
    }

    @Test
    void decimalsAcceptTheVietnameseComma() {
        assertEquals(500.5, NumberValues.decimal("500,5").value());
        assertEquals(500.5, NumberValues.decimal("500.5").value());
        assertTrue(NumberValues.decimal("năm trăm").failed());
    }
}
