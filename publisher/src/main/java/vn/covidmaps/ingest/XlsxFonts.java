package vn.covidmaps.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The legacy Vietnamese font an .xlsx uses, read from its styles part. The streaming reader does not
 * give a cell's style, so this is a signal for the whole workbook: with it, a cell showing characters
 * that Vietnamese Unicode never uses is converted from that font's encoding.
 */
final class XlsxFonts {
    private static final int MAX_STYLES_BYTES = 4 << 20;
    private static final Pattern FONT_NAME = Pattern.compile("<(?:\\w+:)?name\\s+val=\"([^\"]*)\"");

    private XlsxFonts() {
    }

    /** The first legacy font of the styles, or null when there is none or fonts of both encodings. */
    static String legacyFont(Path file) {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            ZipArchiveEntry styles = zip.getEntry("xl/styles.xml");
            if (styles == null) {
                return null;
            }
            String xml;
            try (InputStream in = zip.getInputStream(styles)) {
                xml = new String(in.readNBytes(MAX_STYLES_BYTES), StandardCharsets.UTF_8);
            }
            String found = null;
            Matcher names = FONT_NAME.matcher(xml);
            while (names.find()) {
                String font = names.group(1);
                LegacyEncoding encoding = LegacyEncoding.ofFont(font);
                if (encoding != null && found != null && LegacyEncoding.ofFont(found) != encoding) {
                    return null;
                }
                found = found == null && encoding != null ? font : found;
            }
            return found;
        } catch (IOException e) {
            return null; // the reader reports a damaged file itself
        }
    }
}
