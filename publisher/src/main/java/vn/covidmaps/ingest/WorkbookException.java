package vn.covidmaps.ingest;

/** The input cannot be read as a report at all; the message is one sentence for the operator. */
public class WorkbookException extends RuntimeException {
    public WorkbookException(String message) {
        super(message);
    }

    public WorkbookException(String message, Throwable cause) {
        super(message, cause);
    }
}
