package vn.covidmaps.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Structural facts of the committed sample reports (CSV sources), checked without the publisher's parser. */
class SampleReportTest {
    static final Path SAMPLE = Path.of("publisher/sample");
    static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+");

    /** A committed report and the row counts of its sheets, in {@link SampleCsv#SHEETS} order. */
    record Report(String name, LocalDate date, List<Integer> rowCounts) {
        Path csvDir() {
            return SAMPLE.resolve(name);
        }

        Path workbook() {
            return SAMPLE.resolve(name + ".xlsx");
        }

        SampleCsv sheet(String sheet) throws IOException {
            return SampleCsv.read(csvDir(), sheet);
        }
    }

    static final Report JUNE_1 = new Report("bao-cao-2021-06-01", LocalDate.of(2021, 6, 1), List.of(100, 188, 12, 8, 25, 11));
    static final Report JUNE_8 = new Report("bao-cao-2021-06-08", LocalDate.of(2021, 6, 8), List.of(130, 250, 13, 10, 27, 11));

    static final Map<String, List<String>> HEADERS = Map.of(
            "Ca bệnh", List.of("STT", "Mã BN", "Họ tên", "Năm sinh", "Giới tính", "Số điện thoại", "CCCD/CMND",
                    "Ngày xác nhận", "Trạng thái", "Địa chỉ", "Xã/Phường", "Huyện", "Vĩ độ", "Kinh độ", "Tọa độ", "Dịch tễ"),
            "Lịch trình", List.of("Mã BN", "Tên địa điểm", "Địa chỉ", "Từ ngày", "Đến ngày", "Khung giờ", "Vĩ độ", "Kinh độ"),
            "Khu cách ly", List.of("STT", "Tên", "Địa chỉ", "Sức chứa", "Đang cách ly", "Vĩ độ", "Kinh độ"),
            "Vùng phong tỏa", List.of("STT", "Tên", "Từ ngày", "Đến ngày", "Vĩ độ", "Kinh độ", "Bán kính (m)", "Ranh giới"),
            "Chốt kiểm soát", List.of("STT", "Tên chốt", "Địa chỉ", "Loại", "Ngày lập", "Trạng thái", "Vĩ độ", "Kinh độ"),
            "Cấp độ dịch", List.of("STT", "Mã ĐVHC", "Huyện", "Cấp độ", "Ngày đánh giá"));

    static final Set<String> LEVELS = Set.of("1", "2", "3", "4", "Bình thường mới", "Nguy cơ", "Nguy cơ cao",
            "Nguy cơ rất cao", "Binh thuong moi", "Nguy co", "Nguy co cao", "Nguy co rat cao");

    static Stream<Report> reports() {
        return Stream.of(JUNE_1, JUNE_8);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void eachReportHasTheSixSheetsWithTheirHeadersAndRowCounts(Report report) throws IOException {
        try (Stream<Path> files = Files.list(report.csvDir())) {
            assertEquals(new TreeSet<>(SampleCsv.SHEETS.stream().map(s -> s + ".csv").toList()),
                    new TreeSet<>(files.map(f -> f.getFileName().toString()).toList()));
        }
        for (int i = 0; i < SampleCsv.SHEETS.size(); i++) {
            SampleCsv sheet = report.sheet(SampleCsv.SHEETS.get(i));
            assertEquals(HEADERS.get(sheet.sheet()), sheet.header(), sheet.sheet());
            assertEquals(report.rowCounts().get(i), sheet.rows().size(), sheet.sheet());
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void casesHaveUniqueCodesAndCarryThePersonalColumnsTheWhitelistMustDrop(Report report) throws IOException {
        SampleCsv cases = report.sheet("Ca bệnh");
        List<String> codes = cases.values("Mã BN");
        assertEquals(codes.size(), new HashSet<>(codes).size(), "duplicate case codes");
        assertTrue(codes.stream().allMatch(c -> c.matches("BN\\d{4}")), "case code form");
        assertTrue(cases.values("Họ tên").stream().allMatch(n -> n.split(" ").length >= 3), "full names");
        assertTrue(cases.values("CCCD/CMND").stream().allMatch(n -> n.matches("020\\d{9}")), "12-digit CCCD");
        assertTrue(cases.values("Năm sinh").stream().allMatch(y -> y.matches("(19|20)\\d{2}")), "birth years");
        assertTrue(cases.values("Số điện thoại").stream().filter(p -> !p.isEmpty())
                .allMatch(p -> p.replaceAll("[ .]", "").matches("0\\d{9}")), "phone numbers");
        assertEquals(Set.of("Đang điều trị", "Khỏi bệnh", "Chuyển viện"), new HashSet<>(cases.values("Trạng thái")));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void visitsReferToCasesAndExactlyTwoAreRepeated(Report report) throws IOException {
        Set<String> codes = new HashSet<>(report.sheet("Ca bệnh").values("Mã BN"));
        SampleCsv visits = report.sheet("Lịch trình");
        Map<List<Object>, Integer> seen = new HashMap<>();
        int recent = 0;
        for (int i = 0; i < visits.rows().size(); i++) {
            Map<String, String> row = visits.row(i);
            assertTrue(codes.contains(row.get("Mã BN")), "unknown case " + row.get("Mã BN"));
            LocalDate from = SampleValues.date(row.get("Từ ngày"));
            LocalDate to = row.get("Đến ngày").isEmpty() ? null : SampleValues.date(row.get("Đến ngày"));
            seen.merge(List.of(row.get("Mã BN"), row.get("Tên địa điểm"), from, to == null ? "" : to), 1, Integer::sum);
            LocalDate lastDay = to == null ? from : to;
            recent += ChronoUnit.DAYS.between(lastDay, report.date()) <= 14 ? 1 : 0;
        }
        assertEquals(List.of(2, 2), seen.values().stream().filter(n -> n > 1).toList(), "repeated visits");
        assertTrue(recent >= 50 && visits.rows().size() - recent >= 40, "recent " + recent + " of " + visits.rows().size());
        assertTrue(visits.values("Đến ngày").stream().filter(String::isEmpty).count() >= 50, "one-day visits");
    }

    @ParameterizedTest
    @MethodSource("reports")
    void datesAreReadableOrderedAndNotAfterTheReportDate(Report report) throws IOException {
        for (String sheet : SampleCsv.SHEETS) {
            SampleCsv csv = report.sheet(sheet);
            for (int i = 0; i < csv.rows().size(); i++) {
                Map<String, String> row = csv.row(i);
                for (String column : SampleWorkbookWriter.DATE_COLUMNS) {
                    String text = row.getOrDefault(column, "");
                    if (!text.isEmpty()) {
                        LocalDate date = SampleValues.date(text);
                        assertFalse(date.isAfter(report.date()), sheet + " row " + (i + 1) + " " + column + " " + text);
                        assertTrue(date.isAfter(LocalDate.of(2020, 1, 1)), sheet + " row " + (i + 1) + " " + text);
                    }
                }
                if (!row.getOrDefault("Đến ngày", "").isEmpty()) {
                    assertFalse(SampleValues.date(row.get("Đến ngày")).isBefore(SampleValues.date(row.get("Từ ngày"))),
                            sheet + " row " + (i + 1));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyPlaceLiesInLangSonAndTheCaseSheetMixesAllCoordinateForms(Report report) throws IOException {
        for (String sheet : List.of("Ca bệnh", "Lịch trình", "Khu cách ly", "Chốt kiểm soát", "Vùng phong tỏa")) {
            SampleCsv csv = report.sheet(sheet);
            for (int i = 0; i < csv.rows().size(); i++) {
                Map<String, String> row = csv.row(i);
                String where = sheet + " row " + (i + 1);
                if (!row.getOrDefault("Ranh giới", "").isEmpty()) {
                    assertBoundaryInLangSon(row.get("Ranh giới"), where);
                } else if (!row.getOrDefault("Tọa độ", "").isEmpty()) {
                    assertTrue(row.get("Vĩ độ").isEmpty() && row.get("Kinh độ").isEmpty(), where);
                    String[] parts = row.get("Tọa độ").split(", ");
                    assertInLangSon(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), where);
                } else {
                    assertInLangSon(SampleValues.coordinate(row.get("Vĩ độ")), SampleValues.coordinate(row.get("Kinh độ")), where);
                }
                if (sheet.equals("Vùng phong tỏa") && row.get("Ranh giới").isEmpty()) {
                    int radius = Integer.parseInt(row.get("Bán kính (m)"));
                    assertTrue(radius >= 100 && radius <= 1000, where + " radius " + radius);
                }
            }
        }
        SampleCsv cases = report.sheet("Ca bệnh");
        Set<String> forms = new HashSet<>();
        for (int i = 0; i < cases.rows().size(); i++) {
            Map<String, String> row = cases.row(i);
            forms.add(SampleValues.coordinateForm(row.get("Tọa độ").isEmpty() ? row.get("Vĩ độ") : row.get("Tọa độ")));
        }
        assertEquals(Set.of("decimal", "comma", "dms", "combined"), forms);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void facilitiesAndRiskLevelsAreConsistent(Report report) throws IOException {
        SampleCsv facilities = report.sheet("Khu cách ly");
        for (int i = 0; i < facilities.rows().size(); i++) {
            Map<String, String> row = facilities.row(i);
            assertTrue(Integer.parseInt(row.get("Đang cách ly")) <= Integer.parseInt(row.get("Sức chứa")), row.get("Tên"));
        }
        SampleCsv risk = report.sheet("Cấp độ dịch");
        Set<String> units = new HashSet<>();
        for (int i = 0; i < risk.rows().size(); i++) {
            Map<String, String> row = risk.row(i);
            assertTrue(row.get("Mã ĐVHC").matches("1(78|8\\d)|") && !(row.get("Mã ĐVHC") + row.get("Huyện")).isEmpty());
            units.add(row.get("Mã ĐVHC").isEmpty() ? row.get("Huyện") : row.get("Mã ĐVHC"));
            if (row.get("Huyện").contains("Hữu Lũng")) {
                assertEquals("Nguy cơ rất cao", row.get("Cấp độ"));
            }
        }
        assertEquals(11, units.size(), "one row per district");
        Set<String> levels = new HashSet<>(risk.values("Cấp độ"));
        assertTrue(LEVELS.containsAll(levels), "levels " + levels);
        assertTrue(levels.stream().anyMatch(l -> l.matches("[1-4]")) && levels.stream().anyMatch(l -> l.length() > 1),
                "levels by number and by name");
    }

    @Test
    void theSecondReportContinuesTheFirst() throws IOException {
        SampleCsv casesBefore = JUNE_1.sheet("Ca bệnh");
        SampleCsv casesAfter = JUNE_8.sheet("Ca bệnh");
        assertTrue(casesAfter.values("Mã BN").containsAll(casesBefore.values("Mã BN")));
        assertTrue(JUNE_8.sheet("Lịch trình").rows().containsAll(JUNE_1.sheet("Lịch trình").rows()));
        int changedStatus = 0;
        for (int i = 0; i < casesBefore.rows().size(); i++) {
            Map<String, String> before = casesBefore.row(i);
            Map<String, String> after = casesAfter.row(casesAfter.values("Mã BN").indexOf(before.get("Mã BN")));
            changedStatus += before.get("Trạng thái").equals(after.get("Trạng thái")) ? 0 : 1;
            before.remove("Trạng thái");
            after.remove("Trạng thái");
            assertEquals(before, after, "only the status of a known case changes");
        }
        assertTrue(changedStatus > 0, "some statuses change within the week");
        assertFalse(JUNE_1.sheet("Khu cách ly").values("Đang cách ly")
                .equals(JUNE_8.sheet("Khu cách ly").values("Đang cách ly").subList(0, 12)), "quarantine counts change");
        assertFalse(JUNE_1.sheet("Cấp độ dịch").values("Cấp độ").equals(JUNE_8.sheet("Cấp độ dịch").values("Cấp độ")));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void workbookHoldsTheSixSheetsWithTitleHeaderAndEveryCsvCell(Report report) throws IOException {
        String title = "SỞ Y TẾ TỈNH LẠNG SƠN — BÁO CÁO NGÀY " + report.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(report.workbook().toFile(), new ReadingOptions(true, false))) {
            assertEquals(SampleCsv.SHEETS, workbook.getSheets().map(Sheet::getName).toList());
            for (String name : SampleCsv.SHEETS) {
                SampleCsv csv = report.sheet(name);
                List<Row> rows = workbook.findSheet(name).orElseThrow().read();
                assertEquals(1, rows.get(0).getRowNum());
                assertEquals(title, rows.get(0).getCellText(0));
                assertEquals(3, rows.get(1).getRowNum(), "header on row 3 after a blank row");
                for (int c = 0; c < csv.header().size(); c++) {
                    assertEquals(csv.header().get(c), rows.get(1).getCellText(c));
                }
                List<Row> data = rows.subList(2, rows.size());
                assertEquals(csv.rows().size(), data.size(), name + " data rows");
                for (int r = 0; r < data.size(); r++) {
                    assertEquals(4 + r, data.get(r).getRowNum());
                    for (int c = 0; c < csv.header().size(); c++) {
                        assertCellHolds(csv.header().get(c), csv.rows().get(r).get(c), data.get(r).getOptionalCell(c),
                                name + " " + data.get(r).getRowNum() + ":" + csv.header().get(c));
                    }
                }
            }
        }
    }

    @Test
    void workbookKeepsSomeDatesAsTypedText() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(JUNE_8.workbook().toFile())) {
            List<Row> rows = workbook.findSheet("Ca bệnh").orElseThrow().read();
            int column = HEADERS.get("Ca bệnh").indexOf("Ngày xác nhận");
            Map<CellType, Long> types = rows.subList(2, rows.size()).stream()
                    .collect(Collectors.groupingBy(row -> row.getCell(column).getType(), Collectors.counting()));
            assertTrue(types.get(CellType.NUMBER) > 80 && types.get(CellType.STRING) >= 5, "date cell types " + types);
        }
    }

    private static void assertCellHolds(String column, String text, Optional<Cell> cell, String where) {
        if (text.isEmpty()) {
            assertTrue(cell.isEmpty() || cell.get().getType() == CellType.EMPTY, where);
            return;
        }
        assertTrue(cell.isPresent(), where + " missing");
        boolean realDate = SampleWorkbookWriter.DATE_COLUMNS.contains(column)
                && (SampleValues.PADDED_DATE.matcher(text).matches() || SampleValues.ISO_DATE.matcher(text).matches());
        boolean number = SampleWorkbookWriter.NUMBER_COLUMNS.contains(column) && text.matches("-?\\d+(\\.\\d+)?");
        if (realDate) {
            assertEquals(CellType.NUMBER, cell.get().getType(), where);
            assertEquals("dd/mm/yyyy", cell.get().getDataFormatString(), where);
            assertEquals(SampleValues.date(text), cell.get().asDate().toLocalDate(), where);
        } else if (number) {
            assertEquals(CellType.NUMBER, cell.get().getType(), where);
            assertEquals(0, new BigDecimal(text).compareTo(cell.get().asNumber()), where);
        } else {
            assertEquals(CellType.STRING, cell.get().getType(), where);
            assertEquals(text, cell.get().asString(), where);
        }
    }

    private static void assertInLangSon(double lat, double lon, String where) {
        // bounding box of the Lạng Sơn province polygon (2021)
        assertTrue(lat > 21.32 && lat < 22.46 && lon > 106.09 && lon < 107.37, where + ": " + lat + ", " + lon);
    }

    private static void assertBoundaryInLangSon(String boundary, String where) {
        assertTrue(boundary.startsWith("POLYGON((") || boundary.startsWith("{\"type\":\"Polygon\""), where);
        List<Double> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(boundary);
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group()));
        }
        assertTrue(numbers.size() >= 8 && numbers.size() % 2 == 0, where + ": ring of at least 4 points");
        assertEquals(numbers.subList(0, 2), numbers.subList(numbers.size() - 2, numbers.size()), where + ": closed ring");
        for (int i = 0; i < numbers.size(); i += 2) {
            assertInLangSon(numbers.get(i + 1), numbers.get(i), where);
        }
    }
}
