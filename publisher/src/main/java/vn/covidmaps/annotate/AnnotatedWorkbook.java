package vn.covidmaps.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Worksheet;
import vn.covidmaps.config.Messages;
import vn.covidmaps.error.FileException;
import vn.covidmaps.ingest.Problem;
import vn.covidmaps.ingest.Problems;
import vn.covidmaps.ingest.RawRow;
import vn.covidmaps.ingest.Workbook;
import vn.covidmaps.text.Text;

/**
 * The workbook that goes back to the Health Department: a first sheet listing every problem, then a
 * copy of each sheet (values, not formatting) in which each cell with a problem is filled and carries
 * the messages as a comment. A report of CSV files gives one .xlsx with a sheet per file. Written as a
 * stream, row by row, so a large report never sits in memory.
 */
public final class AnnotatedWorkbook {
    private static final String ERROR_FILL = "FFC7CE";
    private static final String WARNING_FILL = "FFEB9C";
    private static final int FLUSH_EVERY = 1_000;
    private static final int MAX_SHEET_NAME = 31;

    private AnnotatedWorkbook() {
    }

    /** Writes {@code out} and returns how many cells it marked; the messages are in the language of {@code messages}. */
    public static int write(Workbook source, Problems problems, Path out, Messages messages) {
        List<Problem> all = Stream.concat(problems.errors().stream(), problems.warnings().stream()).toList();
        try (OutputStream file = Files.newOutputStream(out)) {
            org.dhatim.fastexcel.Workbook target = new org.dhatim.fastexcel.Workbook(file, "CovidMaps Publisher", "1.0");
            Set<String> names = new HashSet<>();
            int marked = 0;
            String listName = unique(messages.text("annotate.sheet"), names);
            ProblemSheet.write(target.newWorksheet(listName), all, problems.omitted(), messages);
            for (String sheet : source.sheetNames()) {
                List<Problem> own = all.stream().filter(p -> sheet.equals(p.sheet())).toList();
                marked += copy(source, sheet, own, target.newWorksheet(unique(sheet, names)), messages);
            }
            target.setActiveTab(0);
            target.finish();
            return marked;
        } catch (IOException e) {
            throw new FileException(Text.of("io.write", out, FileException.reason(e)), e);
        }
    }

    private static int copy(Workbook source, String sheet, List<Problem> problems, Worksheet target, Messages messages)
            throws IOException {
        CellMarks marks = new CellMarks(problems);
        int written = 0;
        int marked = 0;
        try (Stream<RawRow> rows = source.rows(sheet)) {
            for (RawRow row : (Iterable<RawRow>) rows::iterator) {
                marks.seeHeaderCandidate(row.number(), row.cells());
                int r = row.number() - 1;
                for (int c = 0; c < row.cells().size(); c++) {
                    value(target, r, c, row.cell(c));
                }
                for (Map.Entry<Integer, List<Problem>> cell : marks.cells(row.number()).entrySet()) {
                    mark(target, r, cell.getKey(), cell.getValue(), messages);
                    marked++;
                }
                if (++written % FLUSH_EVERY == 0) {
                    target.flush();
                }
            }
        }
        target.finish();
        return marked;
    }

    private static void value(Worksheet target, int r, int c, Object cell) {
        if (cell instanceof String text) {
            target.value(r, c, text.replace('\u0000', '\u2400')); // a NUL cannot be written in the file's XML
        } else if (cell instanceof Double number) {
            target.value(r, c, number);
        } else if (cell instanceof Boolean bool) {
            target.value(r, c, bool);
        } else if (cell instanceof LocalDateTime date) {
            target.value(r, c, date);
            target.style(r, c).format(date.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? "dd/mm/yyyy" : "dd/mm/yyyy hh:mm").set();
        } else if (cell != null) {
            target.value(r, c, cell.toString());
        }
    }

    private static void mark(Worksheet target, int r, int c, List<Problem> problems, Messages messages) {
        boolean error = problems.stream().anyMatch(Problem::isError);
        StringBuilder comment = new StringBuilder();
        for (Problem problem : problems) {
            if (!comment.isEmpty()) {
                comment.append('\n');
            }
            comment.append(messages.text(problem.isError() ? "print.error" : "print.warning")).append(": ")
                    .append(messages.text(problem.message()));
        }
        target.style(r, c).fillColor(error ? ERROR_FILL : WARNING_FILL).set();
        target.comment(r, c, comment.toString());
    }

    /** Excel allows 31 characters in a sheet name, and no two alike. */
    private static String unique(String name, Set<String> taken) {
        String base = name.length() > MAX_SHEET_NAME ? name.substring(0, MAX_SHEET_NAME) : name;
        String candidate = base;
        for (int n = 2; !taken.add(candidate.toLowerCase()); n++) {
            String suffix = " (" + n + ")";
            candidate = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return candidate;
    }
}
