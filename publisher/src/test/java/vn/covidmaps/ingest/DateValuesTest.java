package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.covidmaps.text.Outcome;

class DateValuesTest {
    private static final LocalDate JUNE_5 = LocalDate.of(2021, 6, 5);

    @ParameterizedTest
    @ValueSource(strings = {"05/06/2021", "5/6/2021", "5/06/21", "05-06-2021", "05.06.2021", "2021-06-05",
            "2021/6/5", " 05/06/2021 ", "05/06/2021 14:30", "2021-06-05T08:00"})
    void readsTheFormsReportsUse(String text) {
        assertEquals(JUNE_5, DateValues.parse(text).value());
    }

    @Test
    void readsExcelDateCellsAndBareDayNumbers() {
        assertEquals(JUNE_5, DateValues.parse(LocalDateTime.of(2021, 6, 5, 0, 0)).value());
        assertEquals(JUNE_5, DateValues.parse(44352.0).value(), "Excel day 44352 is 05/06/2021");
    }

    @Test
    void emptyIsNoValueAndNoError() {
        Outcome<LocalDate> empty = DateValues.parse("   ");
        assertNull(empty.value());
        assertNull(empty.error());
    }

    @Test
    void explainsImpossibleDates() {
        assertTrue(DateValues.parse("31/02/2021").error().english().contains("no such day"));
        assertTrue(DateValues.parse("6/25/2021").error().english().contains("day/month/year"), "month-first dates are refused");
        assertTrue(DateValues.parse("hôm qua").error().english().contains("dd/mm/yyyy"));
        assertTrue(DateValues.parse(12.0).failed(), "a small number is no date");
    }
}
