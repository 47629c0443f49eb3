package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.covidmaps.geometry.AdminBoundaries;
import vn.covidmaps.geometry.AdminUnits;
import vn.covidmaps.geometry.CoordinateParser;
import vn.covidmaps.layer.LayerCatalog;

/**
 * The sample exists as an .xlsx (Excel date cells, numbers, a title row) and as CSV text: both must
 * load as exactly the same features.
 */
class XlsxCsvAgreementTest {
    private static final LocalDate JUNE_8 = LocalDate.of(2021, 6, 8);

    @Test
    void theWorkbookAndItsCsvSheetsLoadTheSameFeatures() {
        Map<String, List<String>> fromXlsx = features(Path.of("publisher/sample/bao-cao-2021-06-08.xlsx"));
        Map<String, List<String>> fromCsv = features(Path.of("publisher/sample/bao-cao-2021-06-08"));
        assertEquals(7, fromXlsx.size());
        assertTrue(fromXlsx.get("patient_homes").size() == 130, "all 130 cases");
        assertEquals(fromCsv, fromXlsx);
    }

    private static Map<String, List<String>> features(Path report) {
        LayerCatalog catalog = LayerCatalog.load(Path.of("layers"));
        IngestContext context = new IngestContext(JUNE_8, new CoordinateParser(null), AdminUnits.bundled(Set.of("20")),
                new AdminBoundaries(null, "ma_xa", null), null);
        Map<String, List<String>> features = new TreeMap<>();
        try (Workbook workbook = WorkbookOpener.open(report)) {
            IngestResult result = ReportIngest.run(catalog, workbook, context, (layer, values, geometry) ->
                    features.computeIfAbsent(layer.name(), k -> new ArrayList<>()).add(Arrays.toString(values) + " " + geometry.toText()));
            assertEquals(0, result.problems().errorCount(), result.problems().errors().toString());
        }
        return features;
    }
}
