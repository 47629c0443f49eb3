package vn.covidmaps.layer;

import java.util.List;
import java.util.Map;

/**
 * One attribute of a layer as declared in {@code layers/*.yaml}.
 *
 * @param name       the PostGIS column name (ASCII snake_case)
 * @param title      the Vietnamese title shown to map users
 * @param headers    spreadsheet headers that mean this column (matched without case or diacritics)
 * @param references {@code layer.column} this value must appear in (checked as a warning)
 * @param notBefore  name of a date column this date may not precede
 * @param allowFuture a date here may lie after the report date (e.g. the planned end of a lockdown)
 * @param levels     for {@link ColumnType#LEVEL}: number to the labels accepted for it, first is canonical
 * @param drop       what a text column loses before it is published (e.g. house numbers), or null
 */
public record ColumnDefinition(
        String name,
        String title,
        List<String> headers,
        ColumnType type,
        boolean required,
        boolean unique,
        String references,
        String notBefore,
        boolean allowFuture,
        Integer min,
        Map<Integer, List<String>> levels,
        TextRule drop) {

    public ColumnDefinition {
        headers = headers == null ? List.of() : List.copyOf(headers);
        levels = levels == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(levels));
        if (type == null) {
            type = ColumnType.TEXT;
        }
    }

    /** The canonical label of a level, e.g. 4 → "Nguy cơ rất cao". */
    public String levelLabel(int level) {
        List<String> labels = levels.get(level);
        return labels == null || labels.isEmpty() ? null : labels.get(0);
    }
}
