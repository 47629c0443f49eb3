package vn.covidmaps.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import vn.covidmaps.text.Text;

/**
 * Stops reading a CSV file at a record longer than {@link ReadLimits#CSV_RECORD_CHARS}, before the
 * parser gathers it in memory: a file with one 200 MB line is refused in a sentence naming its line.
 * Line breaks inside quotes belong to a cell, so quotes are followed the way the parser does.
 */
final class CsvRecordLimit extends FilterReader {
    private final String file;
    private final int limit;
    private boolean quoted;
    private long recordChars;
    private long line = 1;
    private long recordLine = 1;

    CsvRecordLimit(Reader in, String file, int limit) {
        super(in);
        this.file = file;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        return n;
    }

    private void count(char c) {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\n') {
            line++;
            if (!quoted) {
                recordChars = 0;
                recordLine = line;
                return;
            }
        }
        if (++recordChars > limit) {
            throw new WorkbookException(Text.of("file.csvRecordTooLong", file, recordLine, limit));
        }
    }
}
