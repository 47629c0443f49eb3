package vn.covidmaps.ingest;

import java.text.Normalizer;
import vn.covidmaps.text.SpecialCell;
import vn.covidmaps.text.Text;
import vn.covidmaps.text.TextKey;

/**
 * Every text cell as a reader hands it on: in Unicode NFC (Windows-1258 and some Mac tools write a
 * tone mark as a separate combining character), and no longer than Excel allows: a longer cell was
 * not typed by an office and becomes an error of its row.
 */
final class CellStrings {
    /** How much of a refused cell's text is kept to be shown. */
    private static final int SHOWN_CHARS = 80;

    private CellStrings() {
    }

    /** {@code cell}: a text, or what a decoder made of it (a refusal passes unchanged). */
    static Object clean(Object cell) {
        if (!(cell instanceof String text)) {
            return cell;
        }
        if (text.length() > ReadLimits.CELL_CHARS) {
            return new SpecialCell(Text.of("cell.tooLong", text.length(), ReadLimits.CELL_CHARS), text.substring(0, SHOWN_CHARS) + "…");
        }
        return nfc(text);
    }

    static String nfc(String text) {
        return TextKey.isAscii(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
