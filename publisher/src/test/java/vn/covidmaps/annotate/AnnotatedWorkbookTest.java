package vn.covidmaps.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.TestDatabase;
import vn.covidmaps.config.Messages;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.ValidationReport;
import vn.covidmaps.ingest.Problem;
import vn.covidmaps.ingest.WorkbookOpener;

/** The workbook sent back to the Health Department, read back: a comment on each bad cell, a list of every problem. */
class AnnotatedWorkbookTest {
    private static final Path SAMPLE = Path.of("publisher/sample/bao-cao-2021-06-08");
    private static final LocalDate D8 = LocalDate.of(2021, 6, 8);

    @TempDir
    Path dir;

    /** The sample with three bad cells: a date that does not exist, swapped coordinates, a negative occupancy. */
    private Path badReport() throws IOException {
        Path report = Files.createDirectories(dir.resolve("report"));
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, report.resolve(file.getFileName().toString()));
            }
        }
        replace(report.resolve("Ca bệnh.csv"), "06/05/2021,Khỏi bệnh", "35/05/2021,Khỏi bệnh");
        replace(report.resolve("Ca bệnh.csv"), "21.844279,106.761135", "106.761135,21.844279");
        replace(report.resolve("Khu cách ly.csv"), "400,372", "400,-5");
        return report;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    private static final Messages ENGLISH = Messages.of("en");
    private static final Messages VIETNAMESE = Messages.of("vi");

    private ValidationReport annotate(Path report, Path out, Messages messages) {
        ValidationReport validation = new Publisher(TestDatabase.settings("unused")).validate(List.of(report), D8);
        try (var workbook = WorkbookOpener.open(List.of(report))) {
            AnnotatedWorkbook.write(workbook, validation.problems(), out, messages);
        }
        return validation;
    }

    @Test
    void eachBadCellCarriesItsMessageAsACommentAndTheFirstSheetListsThemAll() throws IOException {
        Path out = dir.resolve("bao-cao-loi.xlsx");
        ValidationReport validation = annotate(badReport(), out, ENGLISH);
        assertEquals(3, validation.problems().errorCount(), validation.problems().errors().toString());

        Map<String, Map<String, String>> comments = comments(out);
        Map<String, String> cases = comments.get("Ca bệnh");
        assertTrue(cases.get("H2").contains(message(validation, "Ngày xác nhận", ENGLISH)), cases.toString());
        String swapped = message(validation, "Vĩ độ/Kinh độ", ENGLISH);
        assertTrue(cases.get("M3").contains(swapped) && cases.get("N3").contains(swapped), "both coordinates are marked: " + cases);
        assertTrue(comments.get("Khu cách ly").get("E3").contains(message(validation, "Đang cách ly", ENGLISH)), comments.toString());
        assertEquals(3, cases.size(), "no other cell of the sheet is marked: " + cases);
        assertEquals(validation.problems().warningCount() > 0, comments.get("Lịch trình").size() > 0, "warnings are marked too");

        try (ReadableWorkbook read = new ReadableWorkbook(out.toFile())) {
            List<String> sheets = read.getSheets().map(s -> s.getName()).toList();
            assertEquals("Problems", sheets.get(0));
            assertTrue(sheets.containsAll(List.of("Ca bệnh", "Lịch trình", "Khu cách ly", "Vùng phong tỏa", "Chốt kiểm soát", "Cấp độ dịch")), sheets.toString());
            List<Row> listed = read.getFirstSheet().read();
            assertEquals(1 + validation.problems().errorCount() + validation.problems().warningCount(), listed.size());
            assertEquals("Ngày xác nhận", listed.stream().filter(r -> r.getCellText(6).equals(message(validation, "Ngày xác nhận", ENGLISH)))
                    .findFirst().orElseThrow().getCellText(4));
            List<Row> facilities = read.getSheets().filter(s -> s.getName().equals("Khu cách ly")).findFirst().orElseThrow().read();
            assertEquals("-5", facilities.get(2).getCellText(4).replace(".0", ""), "the values are copied");
        }
    }

    @Test
    void inVietnameseTheCommentsAreVietnamese() throws IOException {
        Path out = dir.resolve("bao-cao-loi.xlsx");
        ValidationReport validation = annotate(badReport(), out, VIETNAMESE);
        String comment = comments(out).get("Khu cách ly").get("E3");
        assertTrue(comment.startsWith("lỗi: ") && comment.contains(message(validation, "Đang cách ly", VIETNAMESE)), comment);
        try (ReadableWorkbook read = new ReadableWorkbook(out.toFile())) {
            assertEquals("Danh sách lỗi", read.getFirstSheet().getName());
        }
    }

    private static String message(ValidationReport validation, String column, Messages messages) {
        return validation.problems().errors().stream().filter(p -> column.equals(p.header()))
                .map(p -> messages.text(p.message())).findFirst().orElseThrow();
    }

    /** Sheet name → cell reference → comment text, read from the file's XML parts. */
    private static Map<String, Map<String, String>> comments(Path xlsx) throws IOException {
        Map<String, Map<String, String>> bySheet = new HashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            List<String> names = matches(read(zip, "xl/workbook.xml"), "<sheet [^>]*name=\"([^\"]*)\"");
            for (int i = 0; i < names.size(); i++) {
                Map<String, String> cells = new HashMap<>();
                ZipEntry rels = zip.getEntry("xl/worksheets/_rels/sheet" + (i + 1) + ".xml.rels");
                if (rels != null) {
                    for (String target : matches(read(zip, rels.getName()), "Target=\"([^\"]*comments[^\"]*)\"")) {
                        String xml = read(zip, "xl/" + target.replaceFirst("^\\.\\./", "").replaceFirst("^/xl/", ""));
                        Matcher comment = Pattern.compile("<comment ref=\"([A-Z]+[0-9]+)\".*?</comment>", Pattern.DOTALL).matcher(xml);
                        while (comment.find()) {
                            cells.put(comment.group(1), unescape(String.join("", matches(comment.group(), "<t[^>]*>([^<]*)</t>"))));
                        }
                    }
                }
                bySheet.put(unescape(names.get(i)), cells);
            }
        }
        return bySheet;
    }

    /** XML character references (the writer escapes every non-ASCII letter) back to text. */
    private static String unescape(String xml) {
        Matcher ref = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(xml);
        StringBuilder text = new StringBuilder();
        while (ref.find()) {
            int code = Integer.parseInt(ref.group(2), ref.group(1).isEmpty() ? 10 : 16);
            ref.appendReplacement(text, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        ref.appendTail(text);
        return text.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    private static String read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertTrue(entry != null, "missing part " + name);
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
