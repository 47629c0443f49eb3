package vn.covidmaps.ingest;

import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.text.Text;

/** The input cannot be read as a report at all; the message is one sentence for the operator, in their language. */
public class WorkbookException extends CovidMapsException {
    public WorkbookException(Text message) {
        super(ErrorCode.WORKBOOK, message);
    }

    public WorkbookException(Text message, Throwable cause) {
        super(ErrorCode.WORKBOOK, message, cause);
    }
}
