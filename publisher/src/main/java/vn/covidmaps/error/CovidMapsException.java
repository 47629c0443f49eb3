package vn.covidmaps.error;

import java.util.List;
import vn.covidmaps.text.Text;

/**
 * The one base of the publisher's own failures. Its message is one sentence for the operator (which
 * file, sheet, row, setting, URL or server message); its {@link ErrorCode} decides the exit code; its
 * cause is kept for {@code --debug}. It is made from a {@link Text}, printed in the operator's language;
 * {@link #getMessage} is its English, for logs and tests.
 */
public class CovidMapsException extends RuntimeException {
    private final ErrorCode code;
    private final Text text;

    public CovidMapsException(ErrorCode code, Text text) {
        this(code, text, null);
    }

    public CovidMapsException(ErrorCode code, Text text, Throwable cause) {
        super(text.english(), cause);
        this.code = code;
        this.text = text;
    }

    public ErrorCode code() {
        return code;
    }

    /** The message as a text to render in the operator's language. */
    public Text text() {
        return text;
    }

    /** Lines printed under the message, one problem each (every problem of the layer files, say); usually none. */
    public List<Text> details() {
        return List.of();
    }
}
