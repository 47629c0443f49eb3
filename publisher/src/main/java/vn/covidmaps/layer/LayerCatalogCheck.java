package vn.covidmaps.layer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.covidmaps.config.Identifier;
import vn.covidmaps.text.Text;
import vn.covidmaps.text.TextKey;

/** Checks a set of layer definitions for mistakes an operator could make while editing them; each problem is a {@link Text}. */
final class LayerCatalogCheck {
    private final List<LayerDefinition> layers;
    private final List<Text> problems = new ArrayList<>();

    LayerCatalogCheck(List<LayerDefinition> layers) {
        this.layers = layers;
    }

    List<Text> problems() {
        if (layers.isEmpty()) {
            problems.add(Text.of("layers.none"));
        }
        layers.forEach(this::checkLayer);
        checkSharedSheets();
        return problems;
    }

    private void checkLayer(LayerDefinition layer) {
        String where = layer.name();
        require(Identifier.isValid(layer.name()), in(where, "layers.notSnakeCase"));
        require(layer.title() != null, in(where, "layers.noTitle"));
        require(layer.source() != null && layer.source().sheet() != null, in(where, "layers.noSheet"));
        require(layer.geometry() != null && layer.geometry().type() != null, in(where, "layers.noGeometryType"));
        require(layer.columns() != null && layer.publish() != null, in(where, "layers.noColumnsOrPublish"));
        if (layer.columns() == null || layer.publish() == null || layer.geometry() == null) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (ColumnDefinition column : layer.columns()) {
            checkColumn(layer, column, names);
        }
        Set<String> published = new HashSet<>();
        for (String attribute : layer.publish()) {
            require(published.add(attribute), in(where, "layers.publishedTwice", attribute));
            require(isPublishable(layer, attribute), in(where, "layers.notPublishable", attribute));
            layer.column(attribute).ifPresent(column -> column.headers().stream()
                    .filter(PersonalData::isPersonalHeader).findFirst()
                    .ifPresent(h -> problems.add(in(where, "layers.personalHeader", attribute, h))));
        }
        for (String key : concat(layer.duplicateKey(), layer.uniqueKey())) {
            require(isPublishable(layer, key) || layer.column(key).isPresent(), in(where, "layers.unknownKey", key));
        }
        checkPrivacy(layer);
        if (layer.rows() != null) {
            for (String day : layer.rows().lastDay()) {
                require(layer.column(day).map(c -> c.type() == ColumnType.DATE).orElse(false),
                        in(where, "layers.lastDayNotDate", day));
            }
        }
    }

    /**
     * A sheet of personal data may not publish a person's exact place or house number: its points need
     * {@code generalise:} and its address columns {@code drop: house_numbers}.
     */
    private void checkPrivacy(LayerDefinition layer) {
        String where = layer.name();
        Generalisation generalise = layer.generalise();
        boolean personal = layer.source() == null || layer.source().personalData();
        if (personal && generalise == null && layer.geometry().type() == GeometryKind.POINT) {
            problems.add(in(where, "layers.exactPoints", "layers/" + layer.name() + ".yaml", sheet(layer)));
        }
        if (generalise != null) {
            require(layer.geometry().type() == GeometryKind.POINT, in(where, "layers.generaliseNotPoint"));
            require(generalise.radiusM() >= Generalisation.MIN_RADIUS_M && generalise.radiusM() <= Generalisation.MAX_RADIUS_M,
                    in(where, "layers.radius", (int) Generalisation.MIN_RADIUS_M, (int) Generalisation.MAX_RADIUS_M));
            require(generalise.seed() != null && layer.column(generalise.seed()).map(ColumnDefinition::required).orElse(false),
                    in(where, "layers.seed"));
        }
        for (ColumnDefinition column : layer.columns()) {
            require(column.drop() == null || column.type() == ColumnType.TEXT,
                    Text.of("layers.inColumn", where, column.name(), Text.of("layers.dropNotText")));
            if (personal && column.drop() == null && layer.publish().contains(column.name())
                    && column.headers().stream().anyMatch(PersonalData::isAddressHeader)) {
                problems.add(in(where, "layers.addressNotDropped", "layers/" + layer.name() + ".yaml", column.name()));
            }
        }
    }

    private static String sheet(LayerDefinition layer) {
        return layer.source() == null ? "?" : layer.source().sheet();
    }

    private void checkColumn(LayerDefinition layer, ColumnDefinition column, Set<String> names) {
        require(Identifier.isValid(column.name()), in(layer, column, Text.of("layers.notSnakeCase")));
        require(names.add(column.name()), in(layer, column, Text.of("layers.declaredTwice")));
        require(!column.headers().isEmpty(), in(layer, column, Text.of("layers.noHeaders")));
        require(column.type() != ColumnType.LEVEL || !column.levels().isEmpty(), in(layer, column, Text.of("layers.noLevels")));
        if (column.notBefore() != null) {
            require(layer.column(column.notBefore()).map(c -> c.type() == ColumnType.DATE).orElse(false),
                    in(layer, column, Text.of("layers.notBeforeNotDate", column.notBefore())));
        }
        if (column.references() != null) {
            String[] parts = column.references().split("\\.", 2);
            boolean found = parts.length == 2 && layers.stream()
                    .anyMatch(l -> l.name().equals(parts[0]) && l.column(parts[1]).isPresent());
            require(found, in(layer, column, Text.of("layers.badReference", column.references())));
        }
    }

    private boolean isPublishable(LayerDefinition layer, String attribute) {
        if (layer.column(attribute).isPresent()) {
            return true;
        }
        if (layer.geometry().type() == GeometryKind.ADMIN_UNIT && DerivedAttribute.byColumn(attribute).isPresent()) {
            return true;
        }
        if (attribute.endsWith(LayerDefinition.LEVEL_LABEL_SUFFIX)) {
            String level = attribute.substring(0, attribute.length() - LayerDefinition.LEVEL_LABEL_SUFFIX.length());
            return layer.column(level).map(c -> c.type() == ColumnType.LEVEL).orElse(false);
        }
        return false;
    }

    /** Layers that read the same sheet are fed by one pass over it, so they must parse it alike. */
    private void checkSharedSheets() {
        Map<String, List<LayerDefinition>> bySheet = layers.stream()
                .filter(l -> l.source() != null && l.source().sheet() != null)
                .collect(Collectors.groupingBy(l -> TextKey.of(l.source().sheet())));
        for (List<LayerDefinition> sharing : bySheet.values()) {
            if (sharing.size() < 2) {
                continue;
            }
            LayerDefinition first = sharing.get(0);
            for (LayerDefinition other : sharing.subList(1, sharing.size())) {
                require(first.columns().equals(other.columns()) && first.geometry().equals(other.geometry()),
                        Text.of("layers.sameSheet", first.name(), other.name()));
            }
            for (LayerDefinition layer : sharing) {
                require(layer.rows() != null && !layer.rows().selectsAll(), Text.of("layers.sharedNeedsRows", layer.name()));
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>();
        if (a != null) {
            all.addAll(a);
        }
        if (b != null) {
            all.addAll(b);
        }
        return all;
    }

    private void require(boolean ok, Text problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    /** "layer {layer}: {problem}". */
    private static Text in(String layer, String key, Object... arguments) {
        return Text.of("layers.inLayer", layer, Text.of(key, arguments));
    }

    /** "layer {layer}, column {column}: {problem}". */
    private static Text in(LayerDefinition layer, ColumnDefinition column, Text problem) {
        return Text.of("layers.inColumn", layer.name(), column.name(), problem);
    }
}
