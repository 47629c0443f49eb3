package vn.covidmaps.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.covidmaps.config.Messages;
import vn.covidmaps.engine.Reports;
import vn.covidmaps.ingest.Problem;
import vn.covidmaps.ingest.Severity;
import vn.covidmaps.postgis.LayerDiff;
import vn.covidmaps.text.Text;

/** The schema accepts what JsonOutput writes, and refuses a document that breaks it (so the checks can fail). */
class OutputSchemaTest {

    @Test
    void aDiffDocumentFollowsTheSchemaAndABrokenOneDoesNot() {
        ObjectNode diff = JsonOutput.diff(new Reports.DiffResult(LocalDate.of(2021, 6, 8), null, List.of(new LayerDiff("risk_areas",
                List.of("Huyện Cao Lộc"), List.of(),
                List.of(new LayerDiff.RowChange("Huyện Văn Quan", List.of(new LayerDiff.ValueChange("risk_level_label", "Cấp độ", true, "Nguy cơ", null))))))));
        OutputSchema.check(diff.toString());
        diff.with("diff").put("against", "08/06/2021");
        assertFalse(OutputSchema.errors(diff).isEmpty(), "a date must be yyyy-mm-dd");
    }

    @Test
    void aProblemCarriesSeverityFileSheetRowColumnValueAndMessage() {
        ObjectNode problem = JsonOutput.problem(new Problem(Severity.ERROR, "bao-cao.xlsx", "Ca bệnh", 12, Text.plain("Vĩ độ"),
                Text.of("coord.invalid"), "abc"), Messages.of("en"));
        ObjectNode document = JsonOutput.document("validate");
        ObjectNode validation = document.putObject("validation").put("input", "bao-cao.xlsx").put("date", "2021-06-08")
                .put("errors", 1).put("warnings", 0).put("omitted", 0).put("ok", false);
        validation.putObject("rows").put("patient_homes", 0);
        validation.putArray("problems").add(problem);
        OutputSchema.check(document.toString());
        problem.remove("value");
        assertFalse(OutputSchema.errors(document).isEmpty(), "every field of a problem is required");
    }
}
