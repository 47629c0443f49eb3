package vn.covidmaps.cli;

import vn.covidmaps.error.ErrorCode;

/** Process exit codes, documented in the README and in --help. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The database, GeoServer, a file or the configuration failed. */
    public static final int FAILURE = 1;
    /** Wrong command-line usage (picocli's own convention). */
    public static final int USAGE = 2;
    /** The workbook has errors, or a table conflicts with its layer file: nothing was published. */
    public static final int WORKBOOK_ERRORS = 3;

    /** The exit code of a failure: a table conflict refuses like a workbook error, everything else fails. */
    public static int of(ErrorCode code) {
        return code == ErrorCode.TABLE_CONFLICT ? WORKBOOK_ERRORS : FAILURE;
    }

    private ExitCodes() {
    }
}
