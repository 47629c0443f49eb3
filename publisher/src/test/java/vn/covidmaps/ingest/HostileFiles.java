package vn.covidmaps.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes hostile reports into a test's temporary directory, streaming, so that nothing large is kept
 * in memory or committed: a zip bomb, a CSV with one endless line, XML entities, too many columns.
 */
public final class HostileFiles {
    private static final int MB = 1 << 20;

    private HostileFiles() {
    }

    /** An .xlsx of a few MB whose one cell unpacks to {@code megabytes} MB of the letter A. */
    public static Path zipBomb(Path dir, int megabytes) throws IOException {
        byte[] chunk = new byte[MB];
        Arrays.fill(chunk, (byte) 'A');
        return TinyXlsx.writeStreaming(dir.resolve("bomb.xlsx"), Map.of("Ca bệnh", out -> {
            out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk);
            }
            out.write("</t></is></c></row>".getBytes(StandardCharsets.UTF_8));
        }), "");
    }

    /** "Billion laughs": entities nested ten deep in the sheet XML. */
    public static Path nestedEntities(Path dir) throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        return TinyXlsx.writeStreaming(dir.resolve("laughs.xlsx"), Map.of("Ca bệnh", out -> out.write(
                TinyXlsx.row(1, TinyXlsx.text("A1", "&lol9;")).getBytes(StandardCharsets.UTF_8))), doctype.toString());
    }

    /** An external entity that would read a file of the machine into a cell. */
    public static Path externalEntity(Path dir) throws IOException {
        return TinyXlsx.writeStreaming(dir.resolve("external.xlsx"), Map.of("Ca bệnh", out -> out.write(
                        TinyXlsx.row(1, TinyXlsx.text("A1", "&secret;")).getBytes(StandardCharsets.UTF_8))),
                "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>");
    }

    /** A header row, then a row with a cell in column 16,385 (one past XFD). */
    public static Path tooManyColumns(Path dir) throws IOException {
        return TinyXlsx.write(dir.resolve("wide.xlsx"), Map.of("Ca bệnh",
                TinyXlsx.row(1, TinyXlsx.text("A1", "Mã BN"), TinyXlsx.text("B1", "Vĩ độ"), TinyXlsx.text("C1", "Kinh độ"))
                        + TinyXlsx.row(2, TinyXlsx.text("A2", "BN1"), TinyXlsx.text("XFE2", "x"))));
    }

    /** The cases sheet of a CSV report whose second line is {@code megabytes} MB long, without a line break. */
    public static Path csvWithLongLine(Path file, int megabytes) throws IOException {
        char[] chunk = new char[MB];
        Arrays.fill(chunk, 'x');
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Mã BN,Họ tên,Ngày xác nhận,Vĩ độ,Kinh độ\nBN1,");
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk);
            }
            out.write(",01/06/2021,21.85,106.76\n");
        }
        return file;
    }

}
