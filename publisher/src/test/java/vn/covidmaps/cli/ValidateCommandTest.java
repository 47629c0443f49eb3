package vn.covidmaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs `covidmaps validate` in-process, as the operator would, and reads what it prints. */
class ValidateCommandTest {
    private static final Path SMALL = Path.of("publisher/src/test/resources/reports/small");

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CovidMaps.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void theBundledSampleIsValid() {
        assertEquals(ExitCodes.OK, run("validate", "publisher/sample/bao-cao-2021-06-08.xlsx", "--date", "08/06/2021"), err.toString());
        assertTrue(out.toString().matches("(?s).*patient_homes +130 rows.*"), out.toString());
        assertTrue(out.toString().contains("No errors, 2 warning(s)."), out.toString());
    }

    @Test
    void everyProblemIsPrintedWithFileSheetRowAndColumn() throws IOException {
        Path report = copy(SMALL);
        replaceIn(report.resolve("Ca bệnh.csv"), "\"21,5123\",\"106,3456\"", "106.3456,21.5123");
        replaceIn(report.resolve("Ca bệnh.csv"), "2/6/2021", "2/13/2021");
        replaceIn(report.resolve("Khu cách ly.csv"), ",300,120,", ",ba trăm,120,");
        replaceIn(report.resolve("Cấp độ dịch.csv"), "Nguy co cao", "Rất nguy hiểm");

        assertEquals(ExitCodes.WORKBOOK_ERRORS, run("validate", report.toString(), "-d", "2021-06-08"));
        String errors = err.toString();
        String name = report.getFileName().toString();
        assertTrue(errors.contains("error: " + name + " › Ca bệnh › row 2 › Vĩ độ/Kinh độ: latitude and longitude are swapped"), errors);
        assertTrue(errors.contains("error: " + name + " › Ca bệnh › row 3 › Ngày xác nhận: month 13 does not exist; dates are day/month/year (2/13/2021)"), errors);
        assertTrue(errors.contains("error: " + name + " › Khu cách ly › row 2 › Sức chứa: not a whole number (ba trăm)"), errors);
        assertTrue(errors.contains("› Cấp độ dịch › row 3 › Cấp độ: not a known level"), errors);
        assertTrue(errors.contains("4 error(s), 2 warning(s)"), errors);
    }

    @Test
    void aVisitAtTheCasesOwnHomeIsAWarningByPositionOrByAddress() throws IOException {
        Path report = copy(SMALL);
        replaceIn(report.resolve("Ca bệnh.csv"), "Khối 5,", "\"Số 12, ngõ 5, đường Trần Đăng Ninh\",");
        // BN5617 "visits" a point 11 m from its home; BN5618 a place at its home's address, far from it
        replaceIn(report.resolve("Lịch trình.csv"), "BN5617,Chợ Đông Kinh,Phường Đông Kinh,01/06/2021,02/06/2021,21.8475,106.7640",
                "BN5617,Nhà riêng,Thôn Mỏ Khoáng,01/06/2021,02/06/2021,21.5124,106.3456\n"
                        + "BN5618,Nhà riêng,\"số 12, ngõ 5, đường trần đăng ninh\",01/06/2021,02/06/2021,21.8475,106.7640");
        assertEquals(ExitCodes.OK, run("validate", report.toString(), "-d", "2021-06-08"), err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("› Lịch trình › row 2: this place lies 11 m from the home of case BN5617; homes are not places"
                + " others visited"), printed);
        assertTrue(printed.contains("› Lịch trình › row 3 › Địa chỉ: this place has the same address as the home of case BN5618"), printed);
        // a visit in the same village as a home is not at the home: "Thôn Mỏ Khoáng" alone names no house
        assertFalse(printed.contains("row 2 › Địa chỉ"), printed);
        assertTrue(printed.contains("No errors, 4 warning(s)."), printed);
    }

    @Test
    void aPointInVietnamButFarFromTheProvinceIsAWarning() throws IOException {
        Path report = copy(SMALL);
        // Hoàn Kiếm, Hà Nội: a real place, but not in Lạng Sơn, Bắc Kạn or Thái Nguyên
        replaceIn(report.resolve("Khu cách ly.csv"), "21.8500,106.7700", "21.0285,105.8542");
        assertEquals(ExitCodes.OK, run("validate", report.toString(), "-d", "2021-06-08"), err.toString());
        assertTrue(out.toString().contains("› Khu cách ly › row 2: the location is in Vietnam but outside the configured provinces"), out.toString());
    }

    @Test
    void aMissingSheetOrColumnIsOneClearLine() throws IOException {
        Path report = copy(SMALL);
        Files.delete(report.resolve("Chốt kiểm soát.csv"));
        replaceIn(report.resolve("Ca bệnh.csv"), "Mã BN,", "Số thứ tự,");
        assertEquals(ExitCodes.WORKBOOK_ERRORS, run("validate", report.toString(), "-d", "2021-06-08"));
        String errors = err.toString();
        assertTrue(errors.contains("› Ca bệnh: the required column 'Mã BN' is missing (found: Số thứ tự, Họ tên"), errors);
        assertTrue(errors.contains(": the sheet 'Chốt kiểm soát' is missing (the workbook has: "), errors);
        assertFalse(errors.contains("Exception"), errors);
    }

    @Test
    void anUnreadableFileFailsWithOneSentenceAndNoStackTrace() throws IOException {
        Path pdf = Files.writeString(dir.resolve("bao-cao.pdf"), "%PDF-1.7");
        assertEquals(ExitCodes.FAILURE, run("validate", pdf.toString()));
        assertEquals("covidmaps: bao-cao.pdf is not a spreadsheet: give an .xlsx file or .csv files", err.toString().strip());
    }

    @Test
    void problemsCanBeReadInVietnamese() throws IOException {
        Path report = copy(SMALL);
        replaceIn(report.resolve("Ca bệnh.csv"), "\"21,5123\",\"106,3456\"", "106.3456,21.5123");
        assertEquals(ExitCodes.WORKBOOK_ERRORS, run("validate", report.toString(), "-d", "2021-06-08", "--lang", "vi"));
        String errors = err.toString();
        assertTrue(errors.contains("lỗi: bao-cao › Ca bệnh › dòng 2 › Vĩ độ/Kinh độ: vĩ độ và kinh độ bị ghi ngược"), errors);
        assertTrue(errors.contains("1 lỗi, 2 cảnh báo: hãy sửa tệp rồi chạy lại."), errors);
    }

    /** The language belongs to each run: one JVM, the same bad report, Vietnamese and then English, no language left over. */
    @Test
    void eachRunPrintsItsProblemsInItsOwnLanguage() throws IOException {
        Path report = copy(SMALL);
        replaceIn(report.resolve("Ca bệnh.csv"), "\"21,5123\",\"106,3456\"", "106.3456,21.5123");
        assertEquals(ExitCodes.WORKBOOK_ERRORS, run("validate", report.toString(), "-d", "2021-06-08", "--lang", "vi"));
        String vietnamese = err.toString();
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.WORKBOOK_ERRORS, run("validate", report.toString(), "-d", "2021-06-08", "--lang", "en"));
        String english = err.toString();

        assertTrue(vietnamese.contains("lỗi: bao-cao › Ca bệnh › dòng 2 › Vĩ độ/Kinh độ: vĩ độ và kinh độ bị ghi ngược"), vietnamese);
        assertFalse(vietnamese.contains("row 2") || vietnamese.contains("swapped"), vietnamese);
        assertTrue(english.contains("error: bao-cao › Ca bệnh › row 2 › Vĩ độ/Kinh độ: latitude and longitude are swapped"), english);
        assertFalse(english.contains("dòng 2") || english.contains("ghi ngược") || english.contains("lỗi"), english);
        assertTrue(english.contains("1 error(s), 2 warning(s)"), english);
    }

    /** A report read once holds no language: the same problems print in Vietnamese and in English. */
    @Test
    void theProblemsOfOneReadingAreRenderedInEitherLanguage() throws IOException {
        Path report = copy(SMALL);
        replaceIn(report.resolve("Ca bệnh.csv"), "\"21,5123\",\"106,3456\"", "106.3456,21.5123");
        vn.covidmaps.engine.ValidationReport validation = new vn.covidmaps.engine.Publisher(vn.covidmaps.TestDatabase.settings("unused"))
                .validate(java.util.List.of(report), java.time.LocalDate.of(2021, 6, 8));
        StringWriter vietnamese = new StringWriter();
        StringWriter english = new StringWriter();
        ProblemPrinter.print(validation, vn.covidmaps.config.Messages.of("vi"), new PrintWriter(vietnamese, true), new PrintWriter(vietnamese, true));
        ProblemPrinter.print(validation, vn.covidmaps.config.Messages.of("en"), new PrintWriter(english, true), new PrintWriter(english, true));
        assertTrue(vietnamese.toString().contains("lỗi: bao-cao › Ca bệnh › dòng 2 › Vĩ độ/Kinh độ: vĩ độ và kinh độ bị ghi ngược"), vietnamese.toString());
        assertTrue(english.toString().contains("error: bao-cao › Ca bệnh › row 2 › Vĩ độ/Kinh độ: latitude and longitude are swapped"), english.toString());
    }

    @Test
    void aBadDateOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("validate", SMALL.toString(), "--date", "hôm nay"));
        assertTrue(err.toString().contains("is not a date"), err.toString());
        assertTrue(err.toString().startsWith("Invalid value for option '--date': 'hôm nay' is not a date (use dd/mm/yyyy or yyyy-mm-dd)"),
                err.toString());
    }

    @Test
    void aBadDateOptionIsWordedInTheOperatorsLanguage() {
        assertEquals(ExitCodes.USAGE, run("validate", SMALL.toString(), "--lang", "vi", "--date", "hôm nay"));
        String printed = err.toString();
        assertTrue(printed.startsWith("Giá trị không hợp lệ cho tùy chọn '--date': 'hôm nay' không phải là ngày (ghi dd/mm/yyyy hoặc yyyy-mm-dd)"),
                printed);
        assertTrue(printed.contains("Cách dùng: covidmaps validate"), "the usage follows in Vietnamese: " + printed);
        assertFalse(printed.contains("is not a date") || printed.contains("Usage:"), printed);
    }

    @Test
    void picocliParseErrorsAreWordedInTheOperatorsLanguage() {
        assertEquals(ExitCodes.USAGE, run("validate", SMALL.toString(), "--lang", "vi", "--ngay", "01/06/2021"));
        String unknown = err.toString();
        assertTrue(unknown.startsWith("Tùy chọn hoặc tham số không có: --ngay"), unknown);
        assertFalse(unknown.contains("Unknown option"), unknown);

        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.USAGE, run("validate", SMALL.toString(), "--lang", "vi", "--format", "xml"));
        String badValue = err.toString();
        assertTrue(badValue.startsWith("Giá trị không hợp lệ cho tùy chọn '--format': 'xml' không phải giá trị mà tùy chọn này nhận"), badValue);
        assertTrue(badValue.contains("Cách dùng: covidmaps validate"), badValue);

        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.USAGE, run("validate", SMALL.toString(), "--lang", "vi", "--date"));
        String missing = err.toString();
        assertTrue(missing.startsWith("Thiếu: --date"), missing);

        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.USAGE, run("validate", SMALL.toString(), "--format", "json", "--format", "text"));
        assertTrue(err.toString().startsWith("Option '--format' is given more than once"), err.toString());
    }

    @Test
    void aMissingConfigurationFileIsWordedInTheOperatorsLanguage() {
        Path missing = dir.resolve("khong-co.properties");
        assertEquals(ExitCodes.FAILURE, run("validate", SMALL.toString(), "-c", missing.toString(), "--lang", "vi"));
        assertEquals("covidmaps: không tìm thấy tệp cấu hình: " + missing, err.toString().strip());
    }

    private Path copy(Path source) throws IOException {
        Path target = Files.createDirectory(dir.resolve("bao-cao"));
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
        }
        return target;
    }

    private static void replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), "fixture holds " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
