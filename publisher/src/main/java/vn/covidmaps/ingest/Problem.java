package vn.covidmaps.ingest;

import vn.covidmaps.config.Messages;
import vn.covidmaps.text.Text;

/**
 * One thing wrong with a workbook, located as precisely as possible. Printed as
 * {@code file › sheet › row N › column: what is wrong (value)}; parts that do not apply are left out.
 * The column (a header as the operator wrote it, or words such as "column A") and the message are
 * {@link Text}s, rendered in the language of the command that prints them.
 */
public record Problem(Severity severity, String file, String sheet, int row, Text column, Text message, String value) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The header the problem names, as written in the sheet, or null when it names none (a note about "column A"…). */
    public String header() {
        return column instanceof Text.Plain plain ? plain.text() : null;
    }

    public String render(Messages messages) {
        StringBuilder out = new StringBuilder(file == null ? "" : file);
        if (sheet != null) {
            out.append(" › ").append(sheet);
        }
        if (row > 0) {
            out.append(" › ").append(messages.text("row.label", row));
        }
        if (column != null) {
            out.append(" › ").append(messages.text(column));
        }
        out.append(": ").append(messages.text(message));
        if (value != null && !value.isEmpty()) {
            String shown = value.replace('\u0000', '\u2400'); // a NUL, shown as the ␀ symbol rather than printed raw
            out.append(" (").append(shown.length() > 80 ? shown.substring(0, 77) + "..." : shown).append(')');
        }
        return out.toString();
    }

    /** The problem in English, for logs and tests; the operator reads {@link #render(Messages)}. */
    public String english() {
        return render(Messages.of("en"));
    }

    @Override
    public String toString() {
        return english();
    }
}
