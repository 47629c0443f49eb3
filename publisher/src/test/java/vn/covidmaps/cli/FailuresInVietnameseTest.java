package vn.covidmaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures that stop a command, run as the operator runs them (picocli's entry point, in-process) with
 * {@code --lang vi}: a setting with a wrong value, a file that cannot be written, a database that cannot be
 * reached. Each is one Vietnamese sentence naming the setting, file or address, and its cause comes with --debug.
 * None needs PostGIS or GeoServer; plan's and portal's --out are in {@code VietnameseOutputIT}.
 */
class FailuresInVietnameseTest {
    private static final String SMALL = "publisher/src/test/resources/reports/small";
    /** Nothing listens on port 1: the connection is refused at once. */
    private static final String NO_DATABASE = "jdbc:postgresql://127.0.0.1:1/covidmaps_test";

    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CovidMaps.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private String config(String properties) throws IOException {
        return Files.writeString(dir.resolve("covidmaps.properties"), properties).toString();
    }

    @Test
    void aSettingWithAWrongValueIsNamedInVietnamese() throws IOException {
        String config = config("coordinates.vn2000=UTM48\n");
        assertEquals(ExitCodes.FAILURE, run("validate", SMALL, "-d", "2021-06-08", "-c", config, "--lang", "vi"));
        assertEquals("covidmaps: coordinates.vn2000 = UTM48 phải là mã EPSG (EPSG:3405) hoặc kinh tuyến trục của múi chiếu 3 độ"
                + " (TM3:107.25)", err.toString().strip());

        config = config("http.timeout_seconds=ba mươi\n");
        assertEquals(ExitCodes.FAILURE, run("portal", "--out", dir.resolve("page").toString(), "-c", config, "--lang", "vi"));
        assertEquals("covidmaps: http.timeout_seconds phải là số nguyên từ 1 đến 3600, không phải 'ba mươi'", err.toString().strip());
        assertEquals(ExitCodes.FAILURE, run("portal", "--out", dir.resolve("page").toString(), "-c", config, "--lang", "en"));
        assertEquals("covidmaps: http.timeout_seconds must be a whole number from 1 to 3600, not 'ba mươi'", err.toString().strip());
    }

    @Test
    void anUnknownSettingIsNamedInVietnamese() throws IOException {
        String config = config("db.shema=covidmaps\n");
        assertEquals(ExitCodes.FAILURE, run("validate", SMALL, "-d", "2021-06-08", "-c", config, "--lang", "vi"));
        assertTrue(err.toString().startsWith("covidmaps: " + config + ": không có thiết lập nào tên 'db.shema' (các thiết lập hợp lệ: ["),
                err.toString());
    }

    @Test
    void aDatabaseThatCannotBeReachedIsNamedWithItsAddressAndPostgresqlsWords() throws IOException {
        String config = config("db.url=" + NO_DATABASE + "\ndb.user=covidmaps\n");
        assertEquals(ExitCodes.FAILURE, run("history", "-c", config, "--lang", "vi"));
        String printed = err.toString().strip();
        assertTrue(printed.startsWith("covidmaps: không kết nối được PostGIS tại " + NO_DATABASE + " bằng người dùng covidmaps"
                + " (hãy kiểm tra db.url, db.user và COVIDMAPS_DB_PASSWORD): "), printed);
        assertTrue(printed.contains("[SQLSTATE 08001]"), "PostgreSQL's own words follow: " + printed);
        assertEquals(1, printed.lines().count(), "one sentence, no stack trace: " + printed);

        assertEquals(ExitCodes.FAILURE, run("history", "-c", config, "--lang", "vi", "--debug"));
        assertTrue(err.toString().contains("Caused by: org.postgresql.util.PSQLException"), "--debug shows the cause: " + err);
    }

    @Test
    void anAnnotatedWorkbookThatCannotBeWrittenIsNamed() throws IOException {
        Path target = dir.resolve("khong-co-thu-muc").resolve("bao-cao-loi.xlsx");
        assertEquals(ExitCodes.FAILURE, run("validate", SMALL, "-d", "2021-06-08", "--annotate", target.toString(), "--lang", "vi"));
        assertEquals("covidmaps: không ghi được " + target + ": tệp hoặc thư mục chứa nó không tồn tại", err.toString().strip());
    }

    @Test
    void theLayerFilesProblemsAreListedInVietnamese() throws IOException {
        Path layers = Files.createDirectory(dir.resolve("lop"));
        Files.writeString(layers.resolve("diem.yaml"), """
                name: diem
                source: {sheet: Điểm, personal_data: false}
                columns:
                  - {name: ma, headers: [Mã]}
                geometry: {type: point}
                publish: [ma, ma_khac]
                """);
        assertEquals(ExitCodes.FAILURE, run("validate", SMALL, "-d", "2021-06-08", "--layers", layers.toString(), "--lang", "vi"));
        assertEquals(List.of("covidmaps: các định nghĩa lớp bản đồ không dùng được:",
                "  lớp diem: thiếu `title`",
                "  lớp diem: công bố 'ma_khac', nhưng đó không phải là cột, nhãn cấp độ hay thuộc tính ranh giới của lớp này"),
                err.toString().lines().toList());
    }

    @Test
    void aMissingReportIsAUsageErrorInVietnamese() {
        assertEquals(ExitCodes.USAGE, run("validate", "--lang", "vi"));
        String printed = err.toString();
        assertTrue(printed.startsWith("Thiếu tham số bắt buộc: 'REPORT'"), printed);
        assertFalse(printed.contains("Missing required"), printed);
    }
}
