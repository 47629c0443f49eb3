package vn.covidmaps.ingest;

/**
 * One thing wrong with a workbook, located as precisely as possible. Printed as
 * {@code file › sheet › row N › column: what is wrong (value)}; parts that do not apply are left out.
 */
public record Problem(Severity severity, String file, String sheet, int row, String column, String message, String value) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String render() {
        StringBuilder out = new StringBuilder(file == null ? "" : file);
        if (sheet != null) {
            out.append(" › ").append(sheet);
        }
        if (row > 0) {
            out.append(" › row ").append(row);
        }
        if (column != null) {
            out.append(" › ").append(column);
        }
        out.append(": ").append(message);
        if (value != null && !value.isEmpty()) {
            out.append(" (").append(value.length() > 80 ? value.substring(0, 77) + "..." : value).append(')');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
