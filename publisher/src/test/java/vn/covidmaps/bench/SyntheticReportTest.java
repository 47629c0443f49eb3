package vn.covidmaps.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.config.Settings;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.ValidationReport;

class SyntheticReportTest {
    private static final int ROWS = 1000;

    @Test
    void aGeneratedReportIsValidAsCsvAndAsXlsxAndFeedsBothItineraryLayers(@TempDir Path dir) throws IOException {
        new SyntheticReport(ROWS, 7).write(dir);
        Publisher publisher = new Publisher(Settings.defaults());
        ValidationReport csv = publisher.validate(List.of(dir.resolve("csv")), SyntheticReport.REPORT_DATE);
        ValidationReport xlsx = publisher.validate(List.of(dir.resolve("report.xlsx")), SyntheticReport.REPORT_DATE);

        assertEquals(0, csv.problems().errorCount(), csv.problems().errors().toString());
        assertEquals(0, xlsx.problems().errorCount(), xlsx.problems().errors().toString());
        assertEquals(csv.counts(), xlsx.counts());
        assertEquals(7, csv.counts().size(), "all seven layers get rows: " + csv.counts());
        csv.counts().forEach((layer, rows) -> assertTrue(rows > 0, layer + " is empty"));
        assertEquals(100L, csv.counts().get("patient_homes"));
        // every itinerary row is loaded into one of the two layers, or is a repeat (a warning)
        assertEquals(ROWS, csv.counts().get("visited_recent") + csv.counts().get("visited_earlier") + csv.problems().warningCount());
    }

    @Test
    void theSameSeedWritesTheSameRows(@TempDir Path dir) throws IOException {
        new SyntheticReport(200, 7).write(dir.resolve("a"));
        new SyntheticReport(200, 7).write(dir.resolve("b"));
        for (String sheet : List.of("Ca bệnh.csv", "Lịch trình.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a/csv").resolve(sheet)), Files.readAllBytes(dir.resolve("b/csv").resolve(sheet)), sheet);
        }
    }
}
