package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.geometry.AdminBoundaries;
import vn.covidmaps.geometry.AdminUnits;
import vn.covidmaps.geometry.CoordinateParser;
import vn.covidmaps.layer.LayerCatalog;

/** The sample report laid out as an office lays out its workbook loads exactly as the plain CSV sheets do. */
class OfficeHeadersTest {
    private static final Path SAMPLE = Path.of("publisher/sample/bao-cao-2021-06-08");
    private static final LocalDate JUNE_8 = LocalDate.of(2021, 6, 8);
    @TempDir
    Path dir;

    @Test
    void titleRowsTwoRowHeadersNumbersSttAndNotesLoadLikeThePlainSheets() throws IOException {
        Path office = OfficeStyleWorkbook.write(SAMPLE, dir.resolve("bao-cao.xlsx"));
        Result plain = read(SAMPLE);
        Result styled = read(office);
        assertEquals(0, styled.errors().size(), styled.errors().toString());
        assertEquals(plain.features().keySet(), styled.features().keySet());
        assertEquals(130, styled.features().get("patient_homes").size());
        assertEquals(plain.features(), styled.features());
    }

    @Test
    void rowNumbersInMessagesAreTheSpreadsheetsOwn() throws IOException {
        Path csvs = Files.createDirectories(dir.resolve("csv"));
        for (String sheet : List.of("Ca bệnh", "Lịch trình")) {
            Files.copy(SAMPLE.resolve(sheet + ".csv"), csvs.resolve(sheet + ".csv"));
        }
        List<String> cases = Files.readAllLines(csvs.resolve("Ca bệnh.csv"));
        String bad = cases.get(3).replace(",08/05/2021,", ",31/02/2021,");
        cases.set(3, bad);
        assertTrue(bad.contains("31/02/2021"), bad);
        Files.write(csvs.resolve("Ca bệnh.csv"), cases);
        Path office = OfficeStyleWorkbook.write(csvs, dir.resolve("bao-cao.xlsx"));
        List<String> errors = read(office).errors();
        int row = OfficeStyleWorkbook.FIRST_DATA_ROW + 2; // the third case
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("bao-cao.xlsx › Ca bệnh › row " + row + " › Ngày xác nhận:")), errors.toString());
    }

    @Test
    void aHeaderWrappedWithNoBreakSpacesReadsAsOneLine() {
        HeaderIndex index = new HeaderIndex(new RawRow(4, List.of("Ngày\nxác\u00A0nhận", "Vĩ\u00A0độ")));
        assertEquals(List.of("Ngày xác nhận", "Vĩ độ"), index.headers());
        assertEquals(1, index.find(List.of("Vĩ độ")).orElseThrow().index());
    }

    @Test
    void aChildIsAlsoKnownByItsParentsName() {
        RawRow upper = new RawRow(4, Arrays.asList("Mã BN", "Thời gian", null, "Ghi chú"));
        RawRow lower = new RawRow(5, Arrays.asList(null, "Từ", "Đến", null));
        HeaderRows.Header header = HeaderRows.twoRows(upper, lower);
        assertEquals(5, header.lastRow());
        assertEquals(List.of("Mã BN", "Từ", "Đến", "Ghi chú"), header.index().headers());
        assertEquals(1, header.index().find(List.of("Thời gian từ")).orElseThrow().index());
        assertEquals(2, header.index().find(List.of("Thời gian đến")).orElseThrow().index());
    }

    @Test
    void onlyIncreasingColumnNumbersAreANumberingRow() {
        assertTrue(HeaderRows.isColumnNumbering(new RawRow(6, List.of("(1)", "(2)", "(3)"))));
        assertTrue(HeaderRows.isColumnNumbering(new RawRow(6, List.of(1.0, 2.0, 3.0, 4.0))));
        assertEquals(false, HeaderRows.isColumnNumbering(new RawRow(6, List.of("1", "BN5617", "3"))));
        assertEquals(false, HeaderRows.isColumnNumbering(new RawRow(6, List.of("5", "3", "1"))));
    }

    record Result(Map<String, List<String>> features, List<String> errors) {
    }

    static Result read(Path report) {
        LayerCatalog catalog = LayerCatalog.load(Path.of("layers"));
        IngestContext context = new IngestContext(JUNE_8, new CoordinateParser(null), AdminUnits.bundled(Set.of("20")),
                new AdminBoundaries(null, "ma_xa", null), null);
        Map<String, List<String>> features = new TreeMap<>();
        try (Workbook workbook = WorkbookOpener.open(report)) {
            IngestResult result = ReportIngest.run(catalog, workbook, context, (layer, values, geometry) ->
                    features.computeIfAbsent(layer.name(), k -> new ArrayList<>()).add(Arrays.toString(values) + " " + geometry.toText()));
            return new Result(features, result.problems().errors().stream().map(Problem::english).toList());
        }
    }
}
