package vn.covidmaps.geoserver;

import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;

/**
 * A GeoServer request failed: GeoServer was unreachable (status 0) or answered with an error status.
 * The message is one sentence naming the method, the URL, the status and GeoServer's own message;
 * it never contains credentials.
 */
public class GeoServerException extends CovidMapsException {
    private final String method;
    private final String url;
    private final int status;
    private final String serverMessage;

    public GeoServerException(String method, String url, int status, String serverMessage) {
        this(method, url, status, serverMessage, null);
    }

    public GeoServerException(String method, String url, int status, String serverMessage, Throwable cause) {
        super(ErrorCode.GEOSERVER, describe(method, url, status, serverMessage), cause);
        this.method = method;
        this.url = url;
        this.status = status;
        this.serverMessage = serverMessage == null ? "" : serverMessage;
    }

    private static String describe(String method, String url, int status, String serverMessage) {
        String said = serverMessage == null || serverMessage.isBlank() ? "" : ": " + serverMessage;
        if (status == 0) {
            return "cannot reach GeoServer (" + method + " " + url + ")" + said;
        }
        String hint = switch (status) {
            case 401 -> " (check geoserver.user and geoserver.password)";
            case 403 -> " (the GeoServer user lacks administrator rights)";
            default -> "";
        };
        return "GeoServer answered " + status + " to " + method + " " + url + said + hint;
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

    public String serverMessage() {
        return serverMessage;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isUnreachable() {
        return status == 0;
    }
}
