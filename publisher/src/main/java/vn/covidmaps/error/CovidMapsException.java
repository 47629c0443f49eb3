package vn.covidmaps.error;

/**
 * The one base of the publisher's own failures. Its message is one sentence for the operator (which
 * file, sheet, row, setting, URL or server message); its {@link ErrorCode} decides the exit code; its
 * cause is kept for {@code --debug}.
 */
public class CovidMapsException extends RuntimeException {
    private final ErrorCode code;

    public CovidMapsException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public CovidMapsException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
