package vn.covidmaps.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Turns a directory of sheet CSVs (see {@link SampleCsv#SHEETS}) into an .xlsx laid out like a real
 * health department report: a merged title on row 1, a blank row 2, the header on row 3, data from row 4.
 *
 * <p>Cells are typed the way a clerk's workbook usually is: in date columns, {@code dd/MM/yyyy} and
 * {@code yyyy-MM-dd} values become real Excel dates shown as dd/mm/yyyy, while unpadded {@code d/M/yyyy}
 * values stay text (as if typed into a text cell); in numeric columns, plain dot decimals become numbers
 * while comma decimals and degrees-minutes-seconds stay text; every other cell is text (so codes such as
 * a CCCD number or "Mã ĐVHC" keep their leading zeros).
 */
public final class SampleWorkbookWriter {
    public static final int TITLE_ROW = 0;
    public static final int HEADER_ROW = 2;
    public static final int FIRST_DATA_ROW = 3;

    static final Set<String> DATE_COLUMNS =
            Set.of("Ngày xác nhận", "Ngày sinh", "Từ ngày", "Đến ngày", "Ngày lập", "Ngày đánh giá");
    static final Set<String> NUMBER_COLUMNS =
            Set.of("STT", "Sức chứa", "Đang cách ly", "Bán kính (m)", "Vĩ độ", "Kinh độ");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private SampleWorkbookWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SampleWorkbookWriter <csv-dir> <out.xlsx> <title>");
            System.exit(2);
        }
        write(Path.of(args[0]), Path.of(args[1]), args[2]);
        System.out.println("wrote " + args[1]);
    }

    public static void write(Path csvDir, Path out, String title) throws IOException {
        try (OutputStream stream = Files.newOutputStream(out)) {
            Workbook workbook = new Workbook(stream, "CovidMaps sample", "1.0");
            for (String sheet : SampleCsv.SHEETS) {
                writeSheet(workbook.newWorksheet(sheet), SampleCsv.read(csvDir, sheet), title);
            }
            workbook.finish();
        }
    }

    private static void writeSheet(Worksheet ws, SampleCsv csv, String title) {
        int columns = csv.header().size();
        ws.value(TITLE_ROW, 0, title);
        ws.range(TITLE_ROW, 0, TITLE_ROW, Math.max(columns - 1, 1)).merge();
        ws.style(TITLE_ROW, 0).bold().fontSize(14).set();
        for (int c = 0; c < columns; c++) {
            ws.value(HEADER_ROW, c, csv.header().get(c));
            ws.style(HEADER_ROW, c).bold().fillColor("DDEBF7").borderStyle("thin").wrapText(true).set();
            ws.width(c, width(csv, c));
        }
        for (int r = 0; r < csv.rows().size(); r++) {
            List<String> row = csv.rows().get(r);
            for (int c = 0; c < columns; c++) {
                writeCell(ws, FIRST_DATA_ROW + r, c, csv.header().get(c), row.get(c));
            }
        }
    }

    /** Wide enough for the header and the longest value, within what a report's author would set. */
    private static int width(SampleCsv csv, int column) {
        int longest = csv.header().get(column).length();
        for (List<String> row : csv.rows()) {
            longest = Math.max(longest, row.get(column).length());
        }
        return Math.min(45, Math.max(8, longest + 2));
    }

    private static void writeCell(Worksheet ws, int r, int c, String column, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (DATE_COLUMNS.contains(column)) {
            Optional<LocalDate> date = excelDate(text);
            if (date.isPresent()) {
                ws.value(r, c, date.get());
                ws.style(r, c).format("dd/mm/yyyy").set();
                return;
            }
        }
        if (NUMBER_COLUMNS.contains(column) && PLAIN_DECIMAL.matcher(text).matches()) {
            ws.value(r, c, new BigDecimal(text));
            return;
        }
        ws.value(r, c, text);
    }

    /** The date a value becomes as a real date cell, or empty if it stays text. */
    static Optional<LocalDate> excelDate(String text) {
        if (ISO_DATE.matcher(text).matches()) {
            return Optional.of(LocalDate.parse(text));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (dmy.matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                    Integer.parseInt(dmy.group(1))));
        }
        return Optional.empty();
    }
}
