package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.covidmaps.ingest.TinyXlsx.row;
import static vn.covidmaps.ingest.TinyXlsx.styled;
import static vn.covidmaps.ingest.TinyXlsx.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Legacy-font text in .xlsx and CSV: converted with a warning, or refused with a sentence, never loaded garbled. */
class LegacyTextTest {
    private static final Path SMALL = Path.of("publisher/src/test/resources/reports/small");
    @TempDir
    Path dir;

    @Test
    void anXlsxWithATcvn3FontConvertsItsCellsThatShowOddCharacters() throws IOException {
        Path xlsx = TinyXlsx.writeWithFonts(dir.resolve("cho.xlsx"), Map.of("Chốt kiểm soát",
                row(1, text("A1", "Tên chốt"), text("B1", "Địa chỉ")) +
                row(2, styled("A2", "Chî §«ng Kinh", 2), text("B2", "Hà Nội"))), ".VnTime");
        try (Workbook workbook = WorkbookOpener.open(xlsx); Stream<RawRow> stream = workbook.rows("Chốt kiểm soát")) {
            List<RawRow> rows = stream.toList();
            assertEquals(List.of("Chợ Đông Kinh", "Hà Nội"), rows.get(1).cells());
            assertEquals(List.of("cho.xlsx › Chốt kiểm soát › column A: 1 cell(s) were typed in the legacy TCVN3 (ABC) font .VnTime"
                    + " and converted to Unicode; check them"), workbook.notices().stream().map(Problem::english).toList());
        }
    }

    @Test
    void tooLittleEvidenceIsARowErrorSayingHowToConvert() throws IOException {
        Path report = copySmall();
        Path visits = report.resolve("Lịch trình.csv");
        Files.writeString(visits, Files.readString(visits).replace("Chợ Đông Kinh", "Vieät"));
        List<String> errors = OfficeHeadersTest.read(report).errors();
        assertTrue(errors.contains("r › Lịch trình › row 2 › Tên địa điểm: the text \"Vieät\" looks typed in a legacy VNI Windows font, but too little"
                + " of it to convert safely; convert the file to Unicode with Unikey's converter (Ctrl+Shift+F6, source VNI Windows,"
                + " destination Unicode) and save it again"), errors.toString());
    }

    @Test
    void textRecognisedByItsCharactersIsStoredConverted() throws IOException {
        Path report = copySmall();
        Path visits = report.resolve("Lịch trình.csv");
        Files.writeString(visits, Files.readString(visits).replace("Chợ Đông Kinh", "Chôï Ñoâng Kinh"));
        OfficeHeadersTest.Result result = OfficeHeadersTest.read(report);
        assertEquals(List.of(), result.errors().stream().filter(e -> e.contains("Lịch trình")).toList());
        assertTrue(result.features().get("visited_recent").stream().anyMatch(f -> f.startsWith("[BN5617, Chợ Đông Kinh,")),
                result.features().get("visited_recent").toString());
    }

    @Test
    void anOpenDocumentSpreadsheetIsAskedForAsXlsx() throws IOException {
        Path ods = Files.write(dir.resolve("bao-cao.ods"), new byte[] {'P', 'K', 3, 4, 0, 0});
        WorkbookException e = org.junit.jupiter.api.Assertions.assertThrows(WorkbookException.class, () -> WorkbookOpener.open(ods));
        assertEquals("bao-cao.ods is an OpenDocument spreadsheet; save it as .xlsx (Excel 2007-365) in LibreOffice", e.getMessage());
    }

    private Path copySmall() throws IOException {
        Path report = Files.createDirectories(dir.resolve("r"));
        try (Stream<Path> files = Files.list(SMALL)) {
            for (Path file : files.toList()) {
                Files.copy(file, report.resolve(file.getFileName().toString()));
            }
        }
        return report;
    }
}
