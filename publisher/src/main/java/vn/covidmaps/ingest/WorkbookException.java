package vn.covidmaps.ingest;

import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;

/** The input cannot be read as a report at all; the message is one sentence for the operator. */
public class WorkbookException extends CovidMapsException {
    public WorkbookException(String message) {
        super(ErrorCode.WORKBOOK, message);
    }

    public WorkbookException(String message, Throwable cause) {
        super(ErrorCode.WORKBOOK, message, cause);
    }
}
