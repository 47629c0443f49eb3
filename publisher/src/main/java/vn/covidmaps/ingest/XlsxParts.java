package vn.covidmaps.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import vn.covidmaps.text.Text;

/**
 * Unpacks every part of an .xlsx once, counting bytes, before the reader opens it: a part that
 * unpacks beyond {@link ReadLimits#PART_BYTES} or {@link ReadLimits#PACK_RATIO} times its packed size
 * (a zip bomb), or XML that declares a DOCTYPE (entities), is refused with a sentence. The sizes the
 * zip's directory declares are not trusted; the bytes are counted. Uses the same zip library as the
 * reader, so both see the same bytes.
 */
final class XlsxParts {
    private static final int BUFFER = 1 << 16;

    private XlsxParts() {
    }

    static void check(Path file) {
        String name = file.getFileName().toString();
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            byte[] buffer = new byte[BUFFER];
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    checkPart(name, entry, in, buffer);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof WorkbookException own) {
                throw own;
            }
            throw new WorkbookException(Text.of("file.damagedXlsx", name, e.getMessage()), e);
        }
    }

    private static void checkPart(String file, ZipArchiveEntry entry, InputStream in, byte[] buffer) throws IOException {
        long packed = Math.max(entry.getCompressedSize(), 1);
        long unpacked = 0;
        boolean first = true;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (first && n > 0 && declaresEntities(buffer, n)) {
                throw new WorkbookException(Text.of("file.xmlEntities", file, entry.getName()));
            }
            first = first && n == 0;
            unpacked += n;
            if (unpacked > ReadLimits.PART_BYTES) {
                throw new WorkbookException(Text.of("file.partTooLarge", file, entry.getName(), ReadLimits.PART_BYTES >> 20));
            }
            if (unpacked > ReadLimits.RATIO_FROM_BYTES && unpacked > packed * ReadLimits.PACK_RATIO) {
                throw new WorkbookException(Text.of("file.zipBomb", file, entry.getName(), ReadLimits.PACK_RATIO));
            }
        }
    }

    /** A DOCTYPE comes before the root element, so within the first bytes of the part. */
    private static boolean declaresEntities(byte[] start, int length) {
        String head = new String(start, 0, length, StandardCharsets.ISO_8859_1);
        return head.contains("<!DOCTYPE") || head.contains("<!ENTITY");
    }
}
