package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files in each encoding Excel saves them in read as the same Unicode NFC cells. */
class CsvEncodingTest {
    private static final String TEXT = "Mã BN,Trạng thái\nBN1,Khỏi bệnh\n";
    private static final List<List<Object>> CELLS = List.of(List.of("Mã BN", "Trạng thái"), List.of("BN1", "Khỏi bệnh"));
    @TempDir
    Path dir;

    @Test
    void utf8WithAndWithoutBom() throws IOException {
        assertEquals(CELLS, cells(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(CELLS, cells(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf16AsExcelsUnicodeTextTabSeparated() throws IOException {
        String tabs = TEXT.replace(',', '\t');
        assertEquals(CELLS, cells(("\uFEFF" + tabs).getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(CELLS, cells(("\uFEFF" + tabs).getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(List.of(List.of("Ma BN", "Trang thai")), cells("Ma BN\tTrang thai\n".getBytes(StandardCharsets.UTF_16LE)),
                "UTF-16 without a BOM");
    }

    @Test
    void windows1258WithCombiningTonesIsReadAsNfcAndReported() throws IOException {
        byte[] cp1258 = OfficeEncodingsIT.windows1258(TEXT);
        assertTrue(cp1258.length < TEXT.getBytes(StandardCharsets.UTF_8).length, "one byte per letter or mark");
        Path sub = Files.createDirectories(dir.resolve("r"));
        Files.write(sub.resolve("Ca bệnh.csv"), cp1258);
        try (Workbook workbook = WorkbookOpener.open(sub); Stream<RawRow> rows = workbook.rows("Ca bệnh")) {
            assertEquals(CELLS, rows.map(RawRow::cells).toList());
            assertEquals("r › Ca bệnh: Ca bệnh.csv is not UTF-8: it was read as Windows-1258 (Vietnamese), the encoding of Excel's plain"
                    + " \"CSV (Comma delimited)\" on Vietnamese Windows; check the accents, or save it as \"CSV UTF-8 (Comma delimited)\"",
                    workbook.notices().get(0).english());
        }
    }

    @Test
    void utf8ThatGoesBadPastItsFirstMegabyteIsNamed() throws IOException {
        byte[] content = ("Mã BN,Trạng thái\n" + "BN1,Khỏi bệnh\n".repeat(80_000)).getBytes(StandardCharsets.UTF_8);
        content = java.util.Arrays.copyOf(content, content.length + 2);
        content[content.length - 2] = (byte) 0xFF;
        content[content.length - 1] = '\n';
        Path file = Files.write(dir.resolve("Ca bệnh.csv"), content);
        WorkbookException e = org.junit.jupiter.api.Assertions.assertThrows(WorkbookException.class, () -> {
            try (Workbook workbook = WorkbookOpener.open(file); Stream<RawRow> rows = workbook.rows("Ca bệnh")) {
                rows.forEach(r -> { });
            }
        });
        assertEquals("Ca bệnh.csv begins as UTF-8 text but is not UTF-8 further on; in Excel choose \"CSV UTF-8 (Comma delimited)\" when saving",
                e.getMessage());
    }

    @Test
    void aFileNameInNfdIsTheSheetNameInNfc() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("mac"));
        Files.writeString(sub.resolve(java.text.Normalizer.normalize("Ca bệnh.csv", java.text.Normalizer.Form.NFD)), TEXT);
        try (Workbook workbook = WorkbookOpener.open(sub)) {
            assertEquals(List.of("Ca bệnh"), workbook.sheetNames());
        }
    }

    private List<List<Object>> cells(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("Ca bệnh.csv"), content);
        try (Workbook workbook = WorkbookOpener.open(file); Stream<RawRow> rows = workbook.rows("Ca bệnh")) {
            return rows.map(RawRow::cells).toList();
        }
    }
}
