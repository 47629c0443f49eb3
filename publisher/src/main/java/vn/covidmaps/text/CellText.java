package vn.covidmaps.text;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.function.Function;

/** The text an operator sees in a cell, whatever its stored type; NFC so that Vietnamese compares equal. */
public final class CellText {
    private CellText() {
    }

    /** Null for an empty or blank cell. */
    public static String of(Object cell) {
        if (cell == null) {
            return null;
        }
        String text;
        if (cell instanceof Double d) {
            text = d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        } else if (cell instanceof LocalDateTime dateTime) {
            text = dateTime.toLocalTime().toSecondOfDay() == 0 ? dateTime.toLocalDate().toString() : dateTime.toString();
        } else if (cell instanceof SpecialCell special) {
            text = special.shown();
        } else {
            text = cell.toString();
        }
        text = text.strip();
        if (text.isEmpty()) {
            return null;
        }
        return TextKey.isAscii(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The common start of parsing a cell as text: an Excel error or a formula without a saved value
     * fails with its description, an empty or blank cell is empty, and any other text goes to {@code parse}.
     */
    public static <T> Outcome<T> parse(Object cell, Function<String, Outcome<T>> parse) {
        if (cell instanceof SpecialCell special) {
            return Outcome.fail(special.description());
        }
        String text = of(cell);
        return text == null ? Outcome.empty() : parse.apply(text);
    }
}
