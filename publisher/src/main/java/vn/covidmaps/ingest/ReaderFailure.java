package vn.covidmaps.ingest;

import javax.xml.stream.XMLStreamException;
import vn.covidmaps.text.Text;

/**
 * Words whatever stopped the reading of a sheet as one sentence for the operator: our own refusals
 * pass unchanged, running out of memory and a library's parse failure name the file, the sheet and
 * the last row that could be read, instead of a class name from deep inside a library.
 */
final class ReaderFailure {
    private static final int REASON_CHARS = 160;

    private ReaderFailure() {
    }

    static RuntimeException explain(Throwable failure, String file, String sheet, int lastRow) {
        if (failure instanceof WorkbookException own) {
            return own;
        }
        if (failure instanceof OutOfMemoryError) {
            return new WorkbookException(Text.of("file.outOfMemory", file, sheet, lastRow), failure);
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof XMLStreamException && mentionsEntities(root.getMessage())) {
                break;
            }
            root = root.getCause();
        }
        if (mentionsEntities(root.getMessage())) {
            return new WorkbookException(Text.of("file.xmlEntitiesInSheet", file, sheet), failure);
        }
        return new WorkbookException(Text.of("file.readFailed", file, sheet, lastRow, reason(root)), failure);
    }

    private static boolean mentionsEntities(String message) {
        return message != null && (message.contains("DOCTYPE") || message.contains("DTD") || message.contains("ntity"));
    }

    private static String reason(Throwable root) {
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        message = message.replaceAll("\\s+", " ");
        return message.length() > REASON_CHARS ? message.substring(0, REASON_CHARS - 1) + "…" : message;
    }
}
