package vn.covidmaps.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which encoding a CSV file is in, as Excel saves them: "CSV UTF-8" (with a BOM), "Unicode Text"
 * (UTF-16 with a BOM, tab-separated), or plain "CSV (Comma delimited)", which on Vietnamese Windows
 * is code page 1258. Judged from the BOM, else from the first {@value #SAMPLE} bytes: valid UTF-8
 * is UTF-8, anything else Windows-1258 (every byte decodes in it, so it is reported in a warning).
 */
record CsvEncoding(Charset charset, int bomLength, boolean guessed) {
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final int SAMPLE = 1 << 20;

    static CsvEncoding of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new CsvEncoding(StandardCharsets.UTF_8, 3, false);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new CsvEncoding(StandardCharsets.UTF_16LE, 2, false);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new CsvEncoding(StandardCharsets.UTF_16BE, 2, false);
        }
        if (looksUtf16Le(head)) {
            return new CsvEncoding(StandardCharsets.UTF_16LE, 0, false);
        }
        if (isUtf8(head, head.length == SAMPLE)) {
            return new CsvEncoding(StandardCharsets.UTF_8, 0, false);
        }
        return new CsvEncoding(WINDOWS_1258, 0, true);
    }

    /** Strict: a bad byte further on fails the read instead of becoming a replacement character. */
    CharsetDecoder decoder() {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Text without a BOM in which every other byte is NUL: ASCII-range text written as UTF-16LE. */
    private static boolean looksUtf16Le(byte[] head) {
        int pairs = Math.min(head.length / 2, 512);
        if (pairs < 2) {
            return false;
        }
        int nulHigh = 0;
        for (int i = 0; i < pairs; i++) {
            if (head[2 * i + 1] == 0 && head[2 * i] != 0) {
                nulHigh++;
            }
        }
        return nulHigh * 10 >= pairs * 9;
    }

    private static boolean isUtf8(byte[] head, boolean truncated) {
        int length = head.length;
        if (truncated) {
            // the sample may end inside a character: drop a trailing incomplete sequence
            int back = 0;
            while (back < 3 && back < length && (head[length - 1 - back] & 0xC0) == 0x80) {
                back++;
            }
            if (back < length && (head[length - 1 - back] & 0xC0) == 0xC0) {
                length -= back + 1;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
