package vn.covidmaps.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.covidmaps.text.SpecialCell;
import vn.covidmaps.text.Text;

/**
 * Finds text typed in a legacy Vietnamese font (TCVN3 or VNI) in one sheet and turns it into Unicode,
 * so that garbled text never reaches PostGIS silently. The cell's font is the strong signal; without
 * it, characters that Vietnamese written in Unicode never contains are the fallback. A conversion is
 * kept only when it gives Vietnamese letters; where a single odd character is all the evidence, the
 * cell is refused with a sentence saying how to convert the file. Each converted column is noted once.
 */
final class LegacyText {
    private static final int SHOWN_CHARS = 40;
    private final String sheet;
    private final Notes notes;

    LegacyText(String sheet, Notes notes) {
        this.sheet = sheet;
        this.notes = notes;
    }

    /**
     * The cell's text in Unicode, or a {@link SpecialCell} refusing it. {@code font} is the cell's own
     * font, or null when unknown; {@code workbookFont} a legacy font the workbook uses somewhere, or null.
     */
    Object decode(String text, String font, String workbookFont, int column) {
        if (text.isEmpty() || vn.covidmaps.text.TextKey.isAscii(text) || !LegacyEncoding.fitsOneByte(text)) {
            return text; // ASCII reads the same in every encoding; a character beyond one byte means Unicode
        }
        LegacyEncoding byFont = LegacyEncoding.ofFont(font);
        if (byFont != null) {
            return converted(text, byFont, LegacyEncoding.isCapitalsFont(font), font, column, false);
        }
        int odd = LegacySigns.oddCharacters(text);
        LegacyEncoding byWorkbook = LegacyEncoding.ofFont(workbookFont);
        if (byWorkbook != null && odd > 0) {
            return converted(text, byWorkbook, false, workbookFont, column, false);
        }
        LegacyEncoding guessed = LegacySigns.guess(text);
        if (guessed == null || !LegacySigns.isVietnamese(guessed.decode(text, false))) {
            return text;
        }
        if (odd < 2) {
            String shown = text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS - 1) + "…" : text;
            return new SpecialCell(Text.of("cell.legacyWeak", guessed.label(), shown), shown);
        }
        return converted(text, guessed, false, null, column, true);
    }

    private Object converted(String text, LegacyEncoding encoding, boolean capitals, String font, int column, boolean guessed) {
        String unicode = encoding.decode(text, capitals);
        if (!LegacySigns.isVietnamese(unicode)) {
            return text;
        }
        notes.converted(sheet, column, encoding, font, guessed);
        return unicode;
    }

    /** Which columns of which sheets were converted, for one warning each. */
    static final class Notes {
        /** A column of a sheet converted from one encoding, by one font or by its characters (font null). */
        private record Column(String sheet, int index, LegacyEncoding encoding, String font) {
        }

        private record Note(boolean guessed, long[] cells) {
        }

        private final Map<Column, Note> columns = new LinkedHashMap<>();

        synchronized void converted(String sheet, int column, LegacyEncoding encoding, String font, boolean guessed) {
            columns.computeIfAbsent(new Column(sheet, column, encoding, font), c -> new Note(guessed, new long[1])).cells()[0]++;
        }

        synchronized List<Problem> problems(String file) {
            List<Problem> problems = new ArrayList<>();
            columns.forEach((column, note) -> problems.add(new Problem(Severity.WARNING, file, column.sheet(), 0,
                    Text.of("legacy.column", letters(column.index())),
                    note.guessed() ? Text.of("legacy.guessed", note.cells()[0], column.encoding().label())
                            : Text.of("legacy.font", note.cells()[0], column.encoding().label(), column.font()), null)));
            return problems;
        }

        /** A, B, … Z, AA…: the column as Excel names it. */
        static String letters(int index) {
            StringBuilder name = new StringBuilder();
            for (int n = index + 1; n > 0; n = (n - 1) / 26) {
                name.insert(0, (char) ('A' + (n - 1) % 26));
            }
            return name.toString();
        }
    }
}
