package vn.covidmaps.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal .xlsx by hand, so tests control exactly what Excel would have saved: inline
 * strings, a date-formatted number (style 1), and formulas with their cached values.
 */
final class TinyXlsx {
    private TinyXlsx() {
    }

    /** Writes the {@code <row>} elements of a sheet's sheetData, for sheets too large for a string. */
    interface SheetBody {
        void write(OutputStream out) throws IOException;
    }

    /** sheets: sheet name → the {@code <row>} elements of its sheetData. */
    static Path write(Path file, Map<String, String> sheets) throws IOException {
        Map<String, SheetBody> bodies = new java.util.LinkedHashMap<>();
        sheets.forEach((name, rows) -> bodies.put(name, out -> out.write(rows.getBytes(StandardCharsets.UTF_8))));
        return writeStreaming(file, bodies, "");
    }

    /** As {@link #write}, with cell styles 2, 3… in the given fonts (see {@link #styled}). */
    static Path writeWithFonts(Path file, Map<String, String> sheets, String... fonts) throws IOException {
        Map<String, SheetBody> bodies = new java.util.LinkedHashMap<>();
        sheets.forEach((name, rows) -> bodies.put(name, out -> out.write(rows.getBytes(StandardCharsets.UTF_8))));
        return writeStreaming(file, bodies, "", fonts);
    }

    /** As {@link #write}, each sheet written by its body; {@code doctype} goes before every sheet's root element. */
    static Path writeStreaming(Path file, Map<String, SheetBody> sheets, String doctype, String... fonts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            StringBuilder overrides = new StringBuilder();
            StringBuilder workbookSheets = new StringBuilder();
            StringBuilder rels = new StringBuilder();
            int i = 1;
            for (Map.Entry<String, SheetBody> sheet : sheets.entrySet()) {
                overrides.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                        .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                workbookSheets.append("<sheet name=\"").append(sheet.getKey()).append("\" sheetId=\"").append(i)
                        .append("\" r:id=\"rId").append(i).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                        .append(i).append(".xml\"/>");
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                        .getBytes(StandardCharsets.UTF_8));
                sheet.getValue().write(zip);
                zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                i++;
            }
            rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + overrides + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + workbookSheets + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels + "</Relationships>");
            StringBuilder fontList = new StringBuilder("<font><name val=\"Calibri\"/></font>");
            StringBuilder styles = new StringBuilder("<xf numFmtId=\"0\" fontId=\"0\"/><xf numFmtId=\"164\" fontId=\"0\" applyNumberFormat=\"1\"/>");
            for (int f = 0; f < fonts.length; f++) {
                fontList.append("<font><name val=\"").append(fonts[f]).append("\"/></font>");
                styles.append("<xf numFmtId=\"0\" fontId=\"").append(f + 1).append("\" applyFont=\"1\"/>");
            }
            put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
                    + "<fonts count=\"" + (fonts.length + 1) + "\">" + fontList + "</fonts>"
                    + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                    + "<borders count=\"1\"><border/></borders>"
                    + "<cellXfs count=\"" + (fonts.length + 2) + "\">" + styles + "</cellXfs></styleSheet>");
        }
        return file;
    }

    static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    /** A text cell in style {@code style}: 2 for the first font given to {@link #writeWithFonts}, 3 for the next… */
    static String styled(String ref, String value, int style) {
        return "<c r=\"" + ref + "\" s=\"" + style + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    static String number(String ref, double value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    static String date(String ref, double excelDay) {
        return "<c r=\"" + ref + "\" s=\"1\"><v>" + excelDay + "</v></c>";
    }

    static String formula(String ref, String formula, String cached) {
        return "<c r=\"" + ref + "\"><f>" + formula + "</f>" + (cached == null ? "" : "<v>" + cached + "</v>") + "</c>";
    }

    static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
