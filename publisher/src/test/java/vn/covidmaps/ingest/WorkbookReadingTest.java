package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.covidmaps.ingest.TinyXlsx.date;
import static vn.covidmaps.ingest.TinyXlsx.formula;
import static vn.covidmaps.ingest.TinyXlsx.number;
import static vn.covidmaps.ingest.TinyXlsx.row;
import static vn.covidmaps.ingest.TinyXlsx.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.text.SpecialCell;

class WorkbookReadingTest {
    @TempDir
    Path dir;

    @Test
    void xlsxCellsComeWithTheirTypesAndFormulasWithTheirCachedValue() throws IOException {
        Path file = TinyXlsx.write(dir.resolve("r.xlsx"), Map.of("Khu cách ly", row(1, text("A1", "Tên"), text("B1", "Ngày")) +
                row(2, text("A2", "Trường Quân sự"), date("B2", 44352), number("C2", 120), formula("D2", "C2*2", "240"),
                        formula("E2", "UPPER(A2)", null))));
        try (Workbook workbook = WorkbookOpener.open(file); Stream<RawRow> rows = workbook.rows("Khu cách ly")) {
            List<RawRow> all = rows.toList();
            RawRow data = all.get(1);
            assertEquals(2, data.number());
            assertEquals("Trường Quân sự", data.cell(0));
            assertEquals(LocalDateTime.of(2021, 6, 5, 0, 0), data.cell(1));
            assertEquals(120.0, data.cell(2));
            assertEquals(240.0, data.cell(3), "a formula yields its cached value");
            assertInstanceOf(SpecialCell.class, data.cell(4), "a formula without a saved value is flagged");
        }
    }

    @Test
    void csvWithBomAndSemicolonsReadsLikeExcelWroteIt() throws IOException {
        Path csv = dir.resolve("Chốt kiểm soát.csv");
        Files.write(csv, ("\uFEFFTên chốt;Vĩ độ;Kinh độ\r\nChốt \"Hữu Nghị\";21,97;106,70\r\n").getBytes(StandardCharsets.UTF_8));
        try (Workbook workbook = WorkbookOpener.open(dir); Stream<RawRow> rows = workbook.rows("Chốt kiểm soát")) {
            List<RawRow> all = rows.toList();
            assertEquals(List.of("Tên chốt", "Vĩ độ", "Kinh độ"), all.get(0).cells());
            assertEquals(List.of("Chốt \"Hữu Nghị\"", "21,97", "106,70"), all.get(1).cells());
            assertEquals(2, all.get(1).number());
        }
    }

    @Test
    void badFilesEndInOneSentenceNamingTheFile() throws IOException {
        Path protectedFile = dir.resolve("bao-cao.xlsx");
        byte[] ole2 = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole2, 0, 8);
        Files.write(protectedFile, ole2);
        assertMessage(protectedFile, "bao-cao.xlsx is damaged or truncated and cannot be read as an Excel 97-2003 .xls file");

        Path good = TinyXlsx.write(dir.resolve("good.xlsx"), Map.of("A", row(1, text("A1", "x"))));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertMessage(truncated, "cut.xlsx is damaged or truncated");

        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.4");
        assertMessage(pdf, "report.pdf is not a spreadsheet");
        assertMessage(dir.resolve("missing.xlsx"), "file not found");
    }

    @Test
    void csvInNoKnownEncodingIsNamedAndExplained() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("latin"));
        // not UTF-8 (0xC3 0x28), and 0x81 is undefined in Windows-1258
        Files.write(sub.resolve("Ca bệnh.csv"), new byte[] {'M', 'a', ',', 'B', '\n', (byte) 0xC3, (byte) 0x28, (byte) 0x81, '\n'});
        WorkbookException e = assertThrows(WorkbookException.class, () -> {
            try (Workbook workbook = WorkbookOpener.open(sub); Stream<RawRow> rows = workbook.rows("Ca bệnh")) {
                rows.forEach(r -> { });
            }
        });
        assertTrue(e.getMessage().contains("Ca bệnh.csv is neither UTF-8 nor Windows-1258"), e.getMessage());
    }

    @Test
    void aSymbolicLinkOutOfTheReportDirectoryIsNotFollowed() throws IOException {
        Path report = Files.createDirectory(dir.resolve("report"));
        Path elsewhere = Files.writeString(dir.resolve("secret.csv"), "Mã BN\nBN1\n");
        Files.createSymbolicLink(report.resolve("Ca bệnh.csv"), elsewhere);
        Files.writeString(report.resolve("Khu cách ly.csv"), "Tên\nA\n");
        Files.createSymbolicLink(report.resolve("Cấp độ dịch.csv"), report.resolve("Khu cách ly.csv"));
        try (Workbook workbook = WorkbookOpener.open(report)) {
            assertEquals(List.of("Cấp độ dịch", "Khu cách ly"), workbook.sheetNames(), "a link inside the directory is read");
            assertEquals(1, workbook.notices().size());
            assertEquals("report: Ca bệnh.csv is a symbolic link to a file outside the directory report, and was not read",
                    workbook.notices().get(0).english());
        }
    }

    private static void assertMessage(Path file, String expected) {
        WorkbookException e = assertThrows(WorkbookException.class, () -> {
            try (Workbook workbook = WorkbookOpener.open(file)) {
                for (String sheet : workbook.sheetNames()) {
                    try (Stream<RawRow> rows = workbook.rows(sheet)) {
                        rows.forEach(r -> { });
                    }
                }
            }
        });
        assertTrue(e.getMessage().startsWith(expected) || e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one sentence, no stack trace");
    }
}
