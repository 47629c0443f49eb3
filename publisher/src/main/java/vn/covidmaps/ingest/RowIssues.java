package vn.covidmaps.ingest;

import vn.covidmaps.text.CellText;
import vn.covidmaps.text.SpecialCell;
import vn.covidmaps.text.Text;

/** Reports problems of one row with its file, sheet and row number already filled in. */
public final class RowIssues {
    private final Problems problems;
    private final String file;
    private final String sheet;
    private final int row;
    private boolean failed;

    RowIssues(Problems problems, String file, String sheet, int row) {
        this.problems = problems;
        this.file = file;
        this.sheet = sheet;
        this.row = row;
    }

    /** {@code column}: the header as written in the sheet, or null for the whole row. */
    public void error(String column, Text message, Object value) {
        failed = true;
        problems.add(new Problem(Severity.ERROR, file, sheet, row, header(column), message, shown(value)));
    }

    public void warning(String column, Text message, Object value) {
        problems.add(new Problem(Severity.WARNING, file, sheet, row, header(column), message, shown(value)));
    }

    private static Text header(String column) {
        return column == null ? null : Text.plain(column);
    }

    /** The value as the operator typed it; a special cell's description is already the message, so not repeated. */
    private static String shown(Object value) {
        return value instanceof SpecialCell ? null : CellText.of(value);
    }

    /** True once any error was reported for this row: the row is then not loaded. */
    public boolean failed() {
        return failed;
    }

    public int row() {
        return row;
    }
}
