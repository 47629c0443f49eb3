package vn.covidmaps.postgis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.ColumnDefinition;
import vn.covidmaps.layer.ColumnType;
import vn.covidmaps.layer.DerivedAttribute;
import vn.covidmaps.layer.LayerDefinition;

/**
 * How rows of one layer are matched between two report dates, named and compared, taken from the
 * layer file rather than written per layer: the key is the layer's {@code unique_key}, else its unique
 * columns, else its {@code duplicate_key}, else its required columns.
 *
 * @param key      columns that say "the same row" on both dates
 * @param label    columns that name a row for the operator (a unit's name rather than its code)
 * @param compared columns whose change is news
 */
record DiffColumns(List<String> key, List<String> label, List<Attribute> compared) {

    static DiffColumns of(LayerDefinition layer) {
        List<String> published = layer.publish();
        List<String> key = firstNonEmpty(published,
                layer.uniqueKey(),
                layer.columns().stream().filter(ColumnDefinition::unique).map(ColumnDefinition::name).toList(),
                layer.duplicateKey(),
                layer.columns().stream().filter(ColumnDefinition::required).map(ColumnDefinition::name).toList(),
                published);
        String unitName = DerivedAttribute.UNIT_NAME.column();
        List<String> label = published.contains(unitName) && !key.contains(unitName) ? List.of(unitName) : key;
        Set<String> skipped = new LinkedHashSet<>(key);
        skipped.addAll(label);
        List<Attribute> compared = new ArrayList<>();
        for (Attribute attribute : layer.attributes()) {
            if (!skipped.contains(attribute.name()) && isNews(layer, attribute.name())) {
                compared.add(attribute);
            }
        }
        return new DiffColumns(key, label, compared);
    }

    /**
     * A level's number is shown by its label; a date is bookkeeping (when a level was assessed, a case
     * confirmed), except a planned date such as the end of a lockdown, which is news when it moves.
     * Attributes a lookup fills (a unit's district) follow the key and never change on their own.
     */
    private static boolean isNews(LayerDefinition layer, String attribute) {
        if (layer.publish().contains(attribute + LayerDefinition.LEVEL_LABEL_SUFFIX)) {
            return false;
        }
        if (DerivedAttribute.byColumn(attribute).isPresent()) {
            return false;
        }
        return layer.column(attribute).map(c -> c.type() != ColumnType.DATE || c.allowFuture()).orElse(true);
    }

    /** The attribute is a level's label, which says itself what it is ("Nguy cơ cao"). */
    static boolean speaksForItself(Attribute attribute) {
        return attribute.name().endsWith(LayerDefinition.LEVEL_LABEL_SUFFIX);
    }

    @SafeVarargs
    private static List<String> firstNonEmpty(List<String> published, List<String>... candidates) {
        for (List<String> candidate : candidates) {
            if (candidate != null && !candidate.isEmpty() && published.containsAll(candidate)) {
                return candidate;
            }
        }
        return published;
    }
}
