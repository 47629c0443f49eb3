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
            out.append(" › ").append(vn.covidmaps.config.Messages.get("row.label", row));
        }
        if (column != null) {
            out.append(" › ").append(column);
        }
        out.append(": ").append(message);
        if (value != null && !value.isEmpty()) {
            String shown = value.replace('\u0000', '\u2400'); // a NUL, shown as the ␀ symbol rather than printed raw
            out.append(" (").append(shown.length() > 80 ? shown.substring(0, 77) + "..." : shown).append(')');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
