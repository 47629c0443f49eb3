package vn.covidmaps.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayTest {
    @Test
    void postgresDatesAreRearrangedToTheOperatorsForm() {
        assertEquals("08/06/2021", Day.formatIso("2021-06-08"));
        assertEquals(Day.format(LocalDate.of(2021, 12, 31)), Day.formatIso("2021-12-31"));
        // not the ten-character form: parsed, as before
        assertEquals(Day.format(LocalDate.of(10000, 1, 1)), Day.formatIso("+10000-01-01"));
    }
}
