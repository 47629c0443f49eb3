package vn.covidmaps.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns a directory of CSV sheets into an .xlsx laid out the way provincial offices lay out theirs:
 * a merged title row and a date line, a blank row, a two-row header with "Tọa độ" over "Vĩ độ" /
 * "Kinh độ" and "Thời gian" over "Từ ngày" / "Đến ngày" (the other headers merged down, wrapped onto
 * two lines with no-break spaces), a row of column numbers, an STT and a notes column, and below
 * the data a numbered empty row and a total row. The data rows start at row {@value #FIRST_DATA_ROW}.
 */
final class OfficeStyleWorkbook {
    static final int FIRST_DATA_ROW = 7;
    private static final Map<String, String> PARENTS = Map.of("Vĩ độ", "Tọa độ", "Từ ngày", "Thời gian");

    private OfficeStyleWorkbook() {
    }

    static Path write(Path csvDir, Path xlsx) throws IOException {
        Map<String, String> sheets = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(csvDir)) {
            for (Path csv : files.sorted().toList()) {
                sheets.put(csv.getFileName().toString().replace(".csv", ""), sheet(read(csv)));
            }
        }
        return TinyXlsx.write(xlsx, sheets);
    }

    private static List<List<String>> read(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private static String sheet(List<List<String>> csv) {
        List<String> headers = new ArrayList<>(csv.get(0));
        boolean numbered = headers.get(0).equals("STT");
        if (!numbered) {
            headers.add(0, "STT");
        }
        headers.add("Ghi chú");
        StringBuilder xml = new StringBuilder();
        xml.append(TinyXlsx.row(1, cell(0, 1, "BÁO CÁO TÌNH HÌNH DỊCH COVID-19")));
        xml.append(TinyXlsx.row(2, cell(0, 2, "(Kèm theo công văn số 123/SYT-NVY)")));
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            String previous = i > 0 ? headers.get(i - 1) : "";
            if (PARENTS.containsKey(header)) {
                upper.append(cell(i, 4, PARENTS.get(header)));
                lower.append(cell(i, 5, header.replace(' ', '\u00A0')));
            } else if (PARENTS.containsKey(previous)) {
                lower.append(cell(i, 5, header));
            } else {
                upper.append(cell(i, 4, header.replaceFirst(" ", "\n").replace(' ', '\u00A0')));
            }
            numbers.append(cell(i, 6, "(" + (i + 1) + ")"));
        }
        xml.append(TinyXlsx.row(4, upper.toString())).append(TinyXlsx.row(5, lower.toString())).append(TinyXlsx.row(6, numbers.toString()));
        int number = FIRST_DATA_ROW;
        for (List<String> values : csv.subList(1, csv.size())) {
            List<String> cells = new ArrayList<>(values);
            if (!numbered) {
                cells.add(0, Integer.toString(number - FIRST_DATA_ROW + 1));
            }
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    row.append(cell(i, number, cells.get(i)));
                }
            }
            xml.append(TinyXlsx.row(number++, row.toString()));
        }
        xml.append(TinyXlsx.row(number, cell(0, number, Integer.toString(number - FIRST_DATA_ROW + 1))));
        number++;
        xml.append(TinyXlsx.row(number, cell(0, number, "Tổng cộng"), cell(headers.size() - 1, number, (csv.size() - 1) + " ca")));
        return xml.toString();
    }

    private static String cell(int column, int row, String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return TinyXlsx.text(columnName(column) + row, escaped);
    }

    private static String columnName(int column) {
        return column < 26 ? String.valueOf((char) ('A' + column)) : "A" + (char) ('A' + column - 26);
    }
}
