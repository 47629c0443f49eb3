package vn.covidmaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate --format json and --annotate: the same exit codes, a document that follows the schema, the annotated copy. */
class ValidateOutputTest {
    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CovidMaps.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    /** The sample of 08/06 with one impossible date in "Ca bệnh". */
    private Path badReport() throws IOException {
        Path report = Files.createDirectories(dir.resolve("report"));
        try (Stream<Path> files = Files.list(Path.of("publisher/sample/bao-cao-2021-06-08"))) {
            for (Path file : files.toList()) {
                Files.copy(file, report.resolve(file.getFileName().toString()));
            }
        }
        Path cases = report.resolve("Ca bệnh.csv");
        Files.writeString(cases, Files.readString(cases).replaceFirst("06/05/2021,Khỏi bệnh", "35/05/2021,Khỏi bệnh"));
        return report;
    }

    @Test
    void jsonCarriesEveryProblemWithItsPlaceAndTheExitCodeStays3() throws IOException {
        Path annotated = dir.resolve("loi.xlsx");
        assertEquals(ExitCodes.WORKBOOK_ERRORS, run("validate", badReport().toString(), "-d", "2021-06-08", "--format", "json",
                "--annotate", annotated.toString()), err.toString());
        JsonNode json = OutputSchema.check(out.toString());
        assertEquals(1, json.at("/validation/errors").asInt());
        JsonNode problem = json.at("/validation/problems/0");
        assertEquals("error", problem.path("severity").asText());
        assertEquals("Ca bệnh", problem.path("sheet").asText());
        assertEquals(2, problem.path("row").asInt());
        assertEquals("Ngày xác nhận", problem.path("column").asText());
        assertEquals("35/05/2021", problem.path("value").asText());
        assertTrue(Files.size(annotated) > 0);
        assertEquals(annotated.toAbsolutePath().toString(), json.path("annotated").asText());
    }

    @Test
    void aGoodReportIsOkInJsonToo() {
        assertEquals(ExitCodes.OK, run("validate", "publisher/sample/bao-cao-2021-06-08.xlsx", "-d", "2021-06-08", "--format", "json"), err.toString());
        JsonNode json = OutputSchema.check(out.toString());
        assertTrue(json.at("/validation/ok").asBoolean());
        assertEquals(130, json.at("/validation/rows/patient_homes").asInt());
    }

    @Test
    void inTextTheAnnotatedFileIsNamed() throws IOException {
        Path annotated = dir.resolve("loi.xlsx");
        assertEquals(ExitCodes.WORKBOOK_ERRORS, run("validate", badReport().toString(), "-d", "2021-06-08", "--annotate", annotated.toString(), "--lang", "vi"));
        assertTrue(out.toString().contains("Đã ghi " + annotated + ": "), out.toString());
        assertTrue(err.toString().contains("lỗi: "), err.toString());
    }
}
