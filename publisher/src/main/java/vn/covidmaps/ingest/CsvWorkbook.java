package vn.covidmaps.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

/**
 * A report given as CSV files, one per sheet, the sheet name being the file name without ".csv".
 * UTF-8 with or without BOM; the delimiter (comma, semicolon or tab) is taken from the first line,
 * because Excel exports with the list separator of the operator's regional settings.
 */
final class CsvWorkbook implements Workbook {
    private final String displayName;
    private final Map<String, Path> files = new LinkedHashMap<>();

    CsvWorkbook(String displayName, List<Path> csvFiles) {
        this.displayName = displayName;
        for (Path file : csvFiles) {
            String name = file.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
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
        try {
            char delimiter = sniffDelimiter(file);
            CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).build().parse(utf8Reader(file));
            var records = Spliterators.spliteratorUnknownSize(decodingChecked(file, parser.iterator()), Spliterator.ORDERED);
            return StreamSupport.stream(records, false)
                    .map(record -> toRawRow(file, record))
                    .onClose(() -> closeQuietly(parser));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Bad bytes deep in a file surface while iterating; turn them into the same clear sentence. */
    private static Iterator<CSVRecord> decodingChecked(Path file, Iterator<CSVRecord> records) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw unreadable(file, e.getCause());
                }
            }

            @Override
            public CSVRecord next() {
                try {
                    return records.next();
                } catch (UncheckedIOException e) {
                    throw unreadable(file, e.getCause());
                }
            }
        };
    }

    private static RawRow toRawRow(Path file, CSVRecord record) {
        List<Object> cells = new ArrayList<>(record.size());
        for (String value : record) {
            cells.add(value);
        }
        if (!cells.isEmpty() && record.getRecordNumber() == 1 && cells.get(0) instanceof String first
                && first.startsWith("\uFEFF")) {
            cells.set(0, first.substring(1));
        }
        return new RawRow((int) record.getRecordNumber(), cells);
    }

    private static Reader utf8Reader(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
    }

    private static char sniffDelimiter(Path file) throws IOException {
        String first;
        try (BufferedReader reader = new BufferedReader(utf8Reader(file))) {
            first = reader.readLine();
        }
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

    static WorkbookException unreadable(Path file, IOException e) {
        if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
            return new WorkbookException(file.getFileName()
                    + " is not UTF-8 text; in Excel choose \"CSV UTF-8 (Comma delimited)\" when saving", e);
        }
        return new WorkbookException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
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
