package vn.covidmaps.cli;

/** Process exit codes, documented in the README and in --help. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The database, GeoServer, a file or the configuration failed. */
    public static final int FAILURE = 1;
    /** Wrong command-line usage (picocli's own convention). */
    public static final int USAGE = 2;
    /** The workbook has errors: nothing was published. */
    public static final int WORKBOOK_ERRORS = 3;

    private ExitCodes() {
    }
}
