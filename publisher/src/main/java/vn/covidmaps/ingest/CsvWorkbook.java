package vn.covidmaps.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.covidmaps.text.Text;

/**
 * A report given as CSV files, one per sheet, the sheet name being the file name without ".csv".
 * The encoding is found by {@link CsvEncoding}; the delimiter (comma, semicolon or tab) is taken from
 * the first line, because Excel exports with the list separator of the operator's regional settings.
 */
final class CsvWorkbook implements Workbook {
    private final String displayName;
    private static final int SNIFF_CHARS = 1 << 16;
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final List<Problem> notices = new ArrayList<>();
    private final LegacyText.Notes legacyNotes = new LegacyText.Notes();

    CsvWorkbook(String displayName, List<Path> csvFiles) {
        this(displayName, csvFiles, List.of());
    }

    /** {@code notices}: what was already noticed about the files given, such as links not followed. */
    CsvWorkbook(String displayName, List<Path> csvFiles, List<Problem> notices) {
        this.displayName = displayName;
        this.notices.addAll(notices);
        for (Path file : csvFiles) {
            String name = CellStrings.nfc(file.getFileName().toString().replaceFirst("(?i)\\.csv$", ""));
            files.put(name, file);
        }
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(files.keySet());
    }

    @Override
    public Stream<RawRow> rows(String sheetName) {
        Path file = files.get(sheetName);
        CsvEncoding encoding = null;
        try {
            encoding = CsvEncoding.of(file);
            if (encoding.guessed()) {
                notices.add(new Problem(Severity.WARNING, displayName, sheetName, 0, null,
                        Text.of("file.windows1258", file.getFileName()), null));
            }
            char delimiter = sniffDelimiter(file, encoding);
            Reader text = new CsvRecordLimit(reader(file, encoding), file.getFileName().toString(), ReadLimits.CSV_RECORD_CHARS);
            LegacyText legacy = new LegacyText(sheetName, legacyNotes);
            CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).build().parse(text);
            var records = Spliterators.spliteratorUnknownSize(decodingChecked(file, encoding, parser.iterator()), Spliterator.ORDERED);
            return StreamSupport.stream(records, false)
                    .map(record -> toRawRow(record, legacy))
                    .onClose(() -> closeQuietly(parser));
        } catch (IOException e) {
            throw unreadable(file, encoding, e);
        }
    }

    @Override
    public List<Problem> notices() {
        List<Problem> all = new ArrayList<>(notices);
        all.addAll(legacyNotes.problems(displayName));
        return all;
    }

    /** Bad bytes deep in a file surface while iterating; turn them into the same clear sentence. */
    private static Iterator<CSVRecord> decodingChecked(Path file, CsvEncoding encoding, Iterator<CSVRecord> records) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw unreadable(file, encoding, e.getCause());
                }
            }

            @Override
            public CSVRecord next() {
                try {
                    return records.next();
                } catch (UncheckedIOException e) {
                    throw unreadable(file, encoding, e.getCause());
                }
            }
        };
    }

    private static RawRow toRawRow(CSVRecord record, LegacyText legacy) {
        List<Object> cells = new ArrayList<>(record.size());
        for (String value : record) {
            cells.add(CellStrings.clean(legacy.decode(value, null, null, cells.size())));
        }
        return new RawRow((int) record.getRecordNumber(), cells);
    }

    private static Reader reader(Path file, CsvEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        return new BufferedReader(new InputStreamReader(in, encoding.decoder()), 1 << 16);
    }

    /** From the first line, read no further than {@value #SNIFF_CHARS} characters in case it never ends. */
    private static char sniffDelimiter(Path file, CsvEncoding encoding) throws IOException {
        char[] start = new char[SNIFF_CHARS];
        int length;
        try (Reader reader = reader(file, encoding)) {
            length = Math.max(reader.read(start), 0);
        } catch (CharacterCodingException badLater) {
            return ',';
        }
        String first = new String(start, 0, length).lines().findFirst().orElse(null);
        if (first == null) {
            return ',';
        }
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = countOutsideQuotes(first, candidate);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static long countOutsideQuotes(String line, char wanted) {
        long count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** {@code encoding}: what the file was being read as, null if not known yet. */
    static WorkbookException unreadable(Path file, CsvEncoding encoding, IOException e) {
        if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
            if (encoding != null && !encoding.guessed()) {
                return new WorkbookException(Text.of("file.badEncodingLater", file.getFileName(), encoding.charset().displayName()), e);
            }
            return new WorkbookException(Text.of("file.badEncoding", file.getFileName()), e);
        }
        return new WorkbookException(Text.of("file.unreadable", file.getFileName(), e.getMessage()), e);
    }

    private static void closeQuietly(CSVParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // each row stream closes its own file
    }
}
