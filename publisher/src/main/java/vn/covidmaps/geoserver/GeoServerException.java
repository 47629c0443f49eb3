package vn.covidmaps.geoserver;

import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.text.Text;

/**
 * A GeoServer request failed: GeoServer was unreachable (status 0) or answered with an error status.
 * The message is one sentence naming the method, the URL, the status and the reason (GeoServer's own
 * message, or ours as a message key), printed in the operator's language; it never contains credentials.
 */
public class GeoServerException extends CovidMapsException {
    private final String method;
    private final String url;
    private final int status;
    private final Text reason;

    /** {@code serverMessage}: GeoServer's own words, shown as it wrote them. */
    public GeoServerException(String method, String url, int status, String serverMessage) {
        this(method, url, status, serverMessage, null);
    }

    public GeoServerException(String method, String url, int status, String serverMessage, Throwable cause) {
        this(method, url, status, Text.plain(serverMessage == null ? "" : serverMessage), cause);
    }

    /** {@code reason}: our own words about the answer (a message key). */
    public GeoServerException(String method, String url, int status, Text reason) {
        this(method, url, status, reason, null);
    }

    public GeoServerException(String method, String url, int status, Text reason, Throwable cause) {
        super(ErrorCode.GEOSERVER, describe(method, url, status, reason), cause);
        this.method = method;
        this.url = url;
        this.status = status;
        this.reason = reason;
    }

    private static Text describe(String method, String url, int status, Text reason) {
        Text said = reason.english().isBlank() ? Text.NONE : Text.of("geoserver.said", reason);
        if (status == 0) {
            return Text.of("geoserver.unreachable", method, url, said);
        }
        Text hint = switch (status) {
            case 401 -> Text.of("geoserver.hint.401");
            case 403 -> Text.of("geoserver.hint.403");
            default -> Text.NONE;
        };
        return Text.of("geoserver.answered", status, method, url, said, hint);
    }

    public String method() {
        return method;
    }

    public String url() {
        return url;
    }

    /** The HTTP status, or 0 when no answer came (connection refused, timeout). */
    public int status() {
        return status;
    }

    /** GeoServer's message as it wrote it (ours in English); "" when there was none. */
    public String serverMessage() {
        return reason.english();
    }

    /** GeoServer's message, or ours, to render in the operator's language. */
    public Text reason() {
        return reason;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isUnreachable() {
        return status == 0;
    }
}
