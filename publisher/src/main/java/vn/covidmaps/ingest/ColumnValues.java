package vn.covidmaps.ingest;

import java.util.List;
import java.util.Map;
import vn.covidmaps.layer.ColumnDefinition;
import vn.covidmaps.text.CellText;
import vn.covidmaps.text.Outcome;
import vn.covidmaps.text.Text;
import vn.covidmaps.text.TextKey;

/** Parses a cell according to its column's declared type. */
final class ColumnValues {
    private ColumnValues() {
    }

    static Outcome<?> parse(ColumnDefinition column, Object cell) {
        return switch (column.type()) {
            case TEXT -> text(cell);
            case INTEGER -> NumberValues.integer(cell);
            case DECIMAL -> NumberValues.decimal(cell);
            case DATE -> DateValues.parse(cell);
            case LEVEL -> level(column, cell);
        };
    }

    private static Outcome<String> text(Object cell) {
        // PostgreSQL text cannot hold U+0000, which some exporting tools leave in CSV files
        return CellText.parse(cell, text -> text.indexOf('\u0000') >= 0 ? Outcome.fail(Text.of("cell.nul")) : Outcome.ok(text));
    }

    /** A level by number (3, "Cấp 3") or by any of its labels, with or without diacritics. */
    private static Outcome<Integer> level(ColumnDefinition column, Object cell) {
        String text = CellText.of(cell);
        if (text == null) {
            return Outcome.empty();
        }
        String key = TextKey.of(text);
        for (Map.Entry<Integer, List<String>> level : column.levels().entrySet()) {
            if (key.equals(String.valueOf(level.getKey()))
                    || level.getValue().stream().anyMatch(label -> TextKey.of(label).equals(key))) {
                return Outcome.ok(level.getKey());
            }
        }
        return Outcome.fail(Text.of("level.unknown", column.levels().keySet(),
                String.join(", ", column.levels().values().stream().map(labels -> "\"" + labels.get(0) + "\"").toList())));
    }
}
