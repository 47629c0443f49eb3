package vn.covidmaps.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.TestDatabase;
import vn.covidmaps.cli.CovidMaps;
import vn.covidmaps.config.Settings;
import vn.covidmaps.postgis.Database;

/**
 * A CSV report saved the ways Excel on Vietnamese Windows saves it, published into the real PostGIS:
 * plain "CSV (Comma delimited)" in code page 1258 with tone marks as combining characters, "Unicode
 * Text" (UTF-16, tab-separated), and a place typed in a TCVN3 font. What is stored is Unicode NFC.
 */
class OfficeEncodingsIT {
    private static final String SCHEMA = "it_encodings_" + ProcessHandle.current().pid();
    private static final Path SMALL = Path.of("publisher/src/test/resources/reports/small");
    /** The five tone marks, which code page 1258 writes as combining characters after the letter. */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private final Settings settings = TestDatabase.settings(SCHEMA);
    @TempDir
    Path dir;
    private Path config;

    @BeforeEach
    void configure() throws IOException, SQLException {
        TestDatabase.dropSchemas(settings);
        config = TestDatabase.writeConfig(dir, settings);
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        TestDatabase.dropSchemas(settings);
    }

    @Test
    void windows1258Utf16AndTcvn3AreStoredAsUnicode() throws Exception {
        Path report = Files.createDirectories(dir.resolve("bao-cao"));
        try (Stream<Path> files = Files.list(SMALL)) {
            for (Path file : files.toList()) {
                Files.copy(file, report.resolve(file.getFileName().toString()));
            }
        }
        Path checkpoints = report.resolve("Chốt kiểm soát.csv");
        Files.write(checkpoints, windows1258(Files.readString(checkpoints)));
        Path quarantine = report.resolve("Khu cách ly.csv");
        String tabs = Files.readString(quarantine).replace(',', '\t');
        Files.write(quarantine, ("\uFEFF" + tabs).getBytes(StandardCharsets.UTF_16LE));
        Path visits = report.resolve("Lịch trình.csv");
        Files.writeString(visits, Files.readString(visits).replace("Chợ Đông Kinh,Phường Đông Kinh", "Chî §«ng Kinh,Ph\u00ADêng §«ng Kinh"));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CovidMaps.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("publish", report.toString(), "-d", "2021-06-08", "--database-only", "-c", config.toString());
        assertEquals(0, exit, err + "\n" + out);
        String printed = out.toString() + err;
        assertTrue(printed.contains("bao-cao › Chốt kiểm soát: Chốt kiểm soát.csv is not UTF-8: it was read as Windows-1258 (Vietnamese)"), printed);
        assertTrue(printed.contains("bao-cao › Lịch trình › column B: 1 cell(s) were typed in the legacy TCVN3 (ABC) encoding"), printed);
        assertTrue(printed.contains("bao-cao › Lịch trình › column C: 1 cell(s) were typed in the legacy TCVN3 (ABC) encoding"), printed);

        assertEquals(List.of("Chốt QL1A Hữu Lũng|Chốt liên ngành|Đang hoạt động"), stored("checkpoints", "checkpoint_name || '|' || kind || '|' || status"));
        assertEquals(List.of("Trường Cao đẳng Y tế Lạng Sơn|Phường Vĩnh Trại"), stored("quarantine_facilities", "facility_name || '|' || address"));
        assertTrue(stored("visited_recent", "place_name || '|' || address").contains("Chợ Đông Kinh|Phường Đông Kinh"),
                stored("visited_recent", "place_name || '|' || address").toString());
    }

    /** Text as Excel's Windows-1258 export writes it: precomposed letters where the code page has them, tone marks combining. */
    static byte[] windows1258(String text) {
        Charset cp1258 = Charset.forName("windows-1258");
        CharsetEncoder encoder = cp1258.newEncoder();
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            if (encoder.canEncode(c)) {
                out.append(c);
                continue;
            }
            String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder letter = new StringBuilder(parts.substring(0, 1));
            StringBuilder tones = new StringBuilder();
            for (char mark : parts.substring(1).toCharArray()) {
                (TONES.indexOf(mark) >= 0 ? tones : letter).append(mark);
            }
            out.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
        }
        byte[] bytes = out.toString().getBytes(cp1258);
        assertTrue(new String(bytes, cp1258).contentEquals(out), "every character has a byte in code page 1258");
        return bytes;
    }

    /** Each row's {@code expression}, with every stored text checked to be NFC. */
    private List<String> stored(String table, String expression) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT " + expression + " FROM " + SCHEMA + "." + table + " ORDER BY 1")) {
            while (rows.next()) {
                String value = rows.getString(1);
                assertTrue(Normalizer.isNormalized(value, Normalizer.Form.NFC), value);
                values.add(value);
            }
        }
        return values;
    }
}
