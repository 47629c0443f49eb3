package vn.covidmaps.annotate;

import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import vn.covidmaps.config.Messages;
import vn.covidmaps.ingest.Problem;

/** The annotated workbook's first sheet: one line per problem, where it is and what is wrong. */
final class ProblemSheet {
    private static final String[] COLUMNS = {"severity", "file", "sheet", "row", "column", "value", "message"};
    private static final double[] WIDTHS = {10, 28, 18, 8, 18, 30, 90};

    private ProblemSheet() {
    }

    static void write(Worksheet sheet, List<Problem> problems, long omitted, Messages messages) throws IOException {
        for (int c = 0; c < COLUMNS.length; c++) {
            sheet.value(0, c, messages.text("annotate.column." + COLUMNS[c]));
            sheet.style(0, c).bold().fillColor("D9D9D9").set();
            sheet.width(c, WIDTHS[c]);
        }
        sheet.freezePane(0, 1);
        int r = 1;
        for (Problem problem : problems) {
            sheet.value(r, 0, messages.text(problem.isError() ? "print.error" : "print.warning"));
            sheet.value(r, 1, problem.file());
            sheet.value(r, 2, problem.sheet());
            if (problem.row() > 0) {
                sheet.value(r, 3, problem.row());
            }
            sheet.value(r, 4, problem.column() == null ? null : messages.text(problem.column()));
            sheet.value(r, 5, problem.value() == null ? null : problem.value().replace('\u0000', '\u2400'));
            sheet.value(r, 6, messages.text(problem.message()));
            r++;
        }
        if (problems.isEmpty()) {
            sheet.value(r, 0, messages.text("annotate.none"));
        }
        if (omitted > 0) {
            sheet.value(r + 1, 0, messages.text("print.omitted", omitted));
        }
        sheet.finish();
    }
}
