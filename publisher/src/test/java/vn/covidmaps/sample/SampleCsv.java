package vn.covidmaps.sample;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** One sheet of a sample report read from its CSV source: the header row, then the data rows as text. */
public record SampleCsv(String sheet, List<String> header, List<List<String>> rows) {

    /** The six sheets of a health department report, in workbook order; each is a file {@code <sheet>.csv}. */
    public static final List<String> SHEETS =
            List.of("Ca bệnh", "Lịch trình", "Khu cách ly", "Vùng phong tỏa", "Chốt kiểm soát", "Cấp độ dịch");

    public SampleCsv {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static SampleCsv read(Path csvDir, String sheet) throws IOException {
        Path file = csvDir.resolve(sheet + ".csv");
        List<List<String>> records = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        }
        if (records.isEmpty()) {
            throw new IOException("no header row in " + file);
        }
        List<String> header = records.get(0);
        for (int i = 1; i < records.size(); i++) {
            if (records.get(i).size() != header.size()) {
                throw new IOException(file + " line " + (i + 1) + ": " + records.get(i).size()
                        + " fields, header has " + header.size());
            }
        }
        return new SampleCsv(sheet, header, records.subList(1, records.size()));
    }

    public int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("sheet " + sheet + " has no column " + name + "; header " + header);
        }
        return index;
    }

    /** The values of one column, row by row. */
    public List<String> values(String name) {
        int index = column(name);
        return rows.stream().map(row -> row.get(index)).toList();
    }

    /** Row {@code i} as header name → value. */
    public Map<String, String> row(int i) {
        Map<String, String> byName = new java.util.LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            byName.put(header.get(c), rows.get(i).get(c));
        }
        return byName;
    }
}
