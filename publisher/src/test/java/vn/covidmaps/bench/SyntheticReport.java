package vn.covidmaps.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.covidmaps.text.Day;

/**
 * Writes a large, valid, deterministic report for benchmarks: an itinerary sheet of the requested
 * size with realistic Lạng Sơn places, a cases sheet of a tenth of it, and the bundled sample's four
 * small sheets. The same rows go to CSV files (plain dot decimals, so GDAL reads them too) and to one
 * streamed .xlsx with real date cells.
 */
public final class SyntheticReport {
    public static final LocalDate REPORT_DATE = LocalDate.of(2021, 6, 8);
    static final Path SAMPLE = Path.of("publisher/sample/bao-cao-2021-06-08");
    private static final List<String> SMALL_SHEETS = List.of("Khu cách ly", "Vùng phong tỏa", "Chốt kiểm soát", "Cấp độ dịch");
    private static final String[] PLACES = {"Chợ Đông Kinh", "Chợ Giếng Vuông", "Chợ Kỳ Lừa", "Bệnh viện Đa khoa tỉnh Lạng Sơn",
        "Siêu thị Co.opmart Lạng Sơn", "Vincom Plaza Lạng Sơn", "Nhà thuốc Long Châu", "Cây xăng Petrolimex số", "Bến xe phía Bắc",
        "Ga Đồng Đăng", "Trường THCS Hoàng Văn Thụ", "Ngân hàng Agribank chi nhánh", "Quán phở Bà Hạnh", "Cửa hàng tạp hóa Minh Tâm",
        "UBND phường Vĩnh Trại", "Nhà văn hóa khối", "Chùa Tam Thanh", "Công ty TNHH Thương mại Hưng Thịnh"};
    private static final String[] STREETS = {"Trần Đăng Ninh", "Lê Lợi", "Bà Triệu", "Hùng Vương", "Tam Thanh", "Nguyễn Du",
        "Lý Thái Tổ", "Bắc Sơn", "Ngô Quyền", "Phai Vệ"};
    private static final String[] WARDS = {"Phường Vĩnh Trại", "Phường Hoàng Văn Thụ", "Phường Chi Lăng", "Phường Đông Kinh",
        "Phường Tam Thanh", "Xã Mai Pha", "Xã Hoàng Đồng", "Thị trấn Cao Lộc"};
    private static final String[] STATUS = {"Đang điều trị", "Khỏi bệnh", "Chuyển viện"};

    private final Random random;
    private final int itineraryRows;
    private final int cases;

    public SyntheticReport(int itineraryRows, long seed) {
        this.itineraryRows = itineraryRows;
        this.cases = Math.max(100, Math.min(20_000, itineraryRows / 10));
        this.random = new Random(seed);
    }

    /** Writes {@code out/csv/<sheet>.csv} and {@code out/report.xlsx}. */
    public void write(Path out) throws IOException {
        Path csv = Files.createDirectories(out.resolve("csv"));
        try (OutputStream file = Files.newOutputStream(out.resolve("report.xlsx"))) {
            Workbook xlsx = new Workbook(file, "covidmaps-bench", "1.0");
            writeSheet(xlsx, csv, "Ca bệnh", List.of("Mã BN", "Họ tên", "Số điện thoại", "Ngày xác nhận", "Trạng thái", "Địa chỉ",
                    "Vĩ độ", "Kinh độ"), this::caseRow, cases);
            writeSheet(xlsx, csv, "Lịch trình", List.of("Mã BN", "Tên địa điểm", "Địa chỉ", "Từ ngày", "Đến ngày", "Vĩ độ", "Kinh độ"),
                    this::visitRow, itineraryRows);
            for (String sheet : SMALL_SHEETS) {
                copySampleSheet(xlsx, csv, sheet);
            }
            xlsx.finish();
        }
    }

    private interface RowMaker {
        List<Object> row(int index);
    }

    private void writeSheet(Workbook xlsx, Path csvDir, String name, List<String> headers, RowMaker rows, int count) throws IOException {
        Worksheet sheet = xlsx.newWorksheet(name);
        try (BufferedWriter writer = Files.newBufferedWriter(csvDir.resolve(name + ".csv"), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord(headers);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            for (int r = 0; r < count; r++) {
                List<Object> row = rows.row(r);
                List<String> texts = new ArrayList<>(row.size());
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof LocalDate date) {
                        texts.add(Day.format(date));
                        sheet.value(r + 1, c, date);
                        sheet.style(r + 1, c).format("dd/mm/yyyy").set();
                    } else if (value instanceof Double number) {
                        texts.add(number.toString());
                        sheet.value(r + 1, c, number);
                    } else {
                        texts.add(value == null ? "" : value.toString());
                        sheet.value(r + 1, c, value == null ? null : value.toString());
                    }
                }
                csv.printRecord(texts);
                if (r % 10_000 == 9_999) {
                    sheet.flush();
                }
            }
        }
        sheet.finish();
    }

    private List<Object> caseRow(int i) {
        return List.of(caseCode(i), "Nguyễn Văn " + (char) ('A' + i % 26), String.format("09%08d", i), REPORT_DATE.minusDays(1 + random.nextInt(30)),
                STATUS[random.nextInt(STATUS.length)], address(), latitude(), longitude());
    }

    private List<Object> visitRow(int i) {
        LocalDate from = REPORT_DATE.minusDays(1 + random.nextInt(40));
        List<Object> row = new ArrayList<>(7);
        row.add(caseCode(random.nextInt(cases)));
        row.add(PLACES[random.nextInt(PLACES.length)] + " " + (1 + random.nextInt(60)));
        row.add(address());
        row.add(from);
        row.add(random.nextBoolean() ? from.plusDays(random.nextInt(2)) : null);
        row.add(latitude());
        row.add(longitude());
        return row;
    }

    private static String caseCode(int i) {
        return "BN" + (10_000 + i);
    }

    private String address() {
        return "Số " + (1 + random.nextInt(300)) + " đường " + STREETS[random.nextInt(STREETS.length)] + ", "
                + WARDS[random.nextInt(WARDS.length)] + ", TP Lạng Sơn";
    }

    /** Around TP Lạng Sơn and Cao Lộc: well inside the province. */
    private double latitude() {
        return Math.round((21.80 + random.nextDouble() * 0.10) * 1e6) / 1e6;
    }

    private double longitude() {
        return Math.round((106.70 + random.nextDouble() * 0.10) * 1e6) / 1e6;
    }

    private static void copySampleSheet(Workbook xlsx, Path csvDir, String name) throws IOException {
        Path source = SAMPLE.resolve(name + ".csv");
        Files.copy(source, csvDir.resolve(name + ".csv"));
        Worksheet sheet = xlsx.newWorksheet(name);
        try (Reader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            int r = 0;
            for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
                for (int c = 0; c < record.size(); c++) {
                    sheet.value(r, c, record.get(c));
                }
                r++;
            }
        }
        sheet.finish();
    }
}
