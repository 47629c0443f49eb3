package vn.covidmaps.geoserver;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GeoServer's own error message from a response body: plain text, or the message of Jetty's HTML page. */
final class ServerMessage {
    private static final Pattern HTML_MESSAGE = Pattern.compile("<th>MESSAGE:</th>\\s*<td>(.*?)</td>", Pattern.DOTALL);
    private static final Pattern HTML_TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final int MAX = 300;

    private ServerMessage() {
    }

    static String of(String body) {
        if (body == null) {
            return "";
        }
        String text = body;
        if (body.contains("<html") || body.contains("<HTML")) {
            Matcher message = HTML_MESSAGE.matcher(body);
            Matcher title = HTML_TITLE.matcher(body);
            text = message.find() ? message.group(1) : title.find() ? title.group(1) : TAGS.matcher(body).replaceAll(" ");
        }
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() > MAX ? text.substring(0, MAX) + "…" : text;
    }
}
