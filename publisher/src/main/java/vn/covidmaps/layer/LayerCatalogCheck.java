package vn.covidmaps.layer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.covidmaps.config.Identifier;
import vn.covidmaps.text.TextKey;

/** Checks a set of layer definitions for mistakes an operator could make while editing them. */
final class LayerCatalogCheck {
    private final List<LayerDefinition> layers;
    private final List<String> problems = new ArrayList<>();

    LayerCatalogCheck(List<LayerDefinition> layers) {
        this.layers = layers;
    }

    List<String> problems() {
        if (layers.isEmpty()) {
            problems.add("no layer definitions (*.yaml) found");
        }
        layers.forEach(this::checkLayer);
        checkSharedSheets();
        return problems;
    }

    private void checkLayer(LayerDefinition layer) {
        String where = "layer " + layer.name() + ": ";
        require(Identifier.isValid(layer.name()), where + "name must be ASCII snake_case");
        require(layer.title() != null, where + "`title` is missing");
        require(layer.source() != null && layer.source().sheet() != null, where + "`source.sheet` is missing");
        require(layer.geometry() != null && layer.geometry().type() != null, where + "`geometry.type` is missing");
        require(layer.columns() != null && layer.publish() != null, where + "`columns` and `publish` are required");
        if (layer.columns() == null || layer.publish() == null || layer.geometry() == null) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (ColumnDefinition column : layer.columns()) {
            checkColumn(layer, column, names);
        }
        Set<String> published = new HashSet<>();
        for (String attribute : layer.publish()) {
            require(published.add(attribute), where + "publishes '" + attribute + "' twice");
            require(isPublishable(layer, attribute), where + "publishes '" + attribute
                    + "', which is neither a column, a level label nor a boundary attribute of this layer");
            layer.column(attribute).ifPresent(column -> column.headers().stream()
                    .filter(PersonalData::isPersonalHeader).findFirst()
                    .ifPresent(h -> problems.add(where + "column '" + attribute + "' reads the personal-data header '"
                            + h + "' and may not be published")));
        }
        for (String key : concat(layer.duplicateKey(), layer.uniqueKey())) {
            require(isPublishable(layer, key) || layer.column(key).isPresent(), where + "key column '" + key + "' is unknown");
        }
        checkPrivacy(layer);
        if (layer.rows() != null) {
            for (String day : layer.rows().lastDay()) {
                require(layer.column(day).map(c -> c.type() == ColumnType.DATE).orElse(false),
                        where + "rows.last_day '" + day + "' is not a date column");
            }
        }
    }

    /**
     * A sheet of personal data may not publish a person's exact place or house number: its points need
     * {@code generalise:} and its address columns {@code drop: house_numbers}.
     */
    private void checkPrivacy(LayerDefinition layer) {
        String where = "layer " + layer.name() + ": ";
        Generalisation generalise = layer.generalise();
        boolean personal = layer.source() == null || layer.source().personalData();
        if (personal && generalise == null && layer.geometry().type() == GeometryKind.POINT) {
            problems.add(where + "layers/" + layer.name() + ".yaml publishes exact points from the sheet '" + sheet(layer)
                    + "', which holds personal data; add `generalise:` (e.g. radius_m: 150, seed: case_code) so each"
                    + " point is published as an area, or declare `source.personal_data: false` if its rows are places, not people");
        }
        if (generalise != null) {
            require(layer.geometry().type() == GeometryKind.POINT, where + "`generalise:` applies to point geometries only");
            require(generalise.radiusM() >= Generalisation.MIN_RADIUS_M && generalise.radiusM() <= Generalisation.MAX_RADIUS_M,
                    where + "generalise.radius_m must be between " + (int) Generalisation.MIN_RADIUS_M + " and "
                            + (int) Generalisation.MAX_RADIUS_M + " metres");
            require(generalise.seed() != null && layer.column(generalise.seed()).map(ColumnDefinition::required).orElse(false),
                    where + "generalise.seed must name a required column that identifies the person (e.g. case_code)");
        }
        for (ColumnDefinition column : layer.columns()) {
            require(column.drop() == null || column.type() == ColumnType.TEXT,
                    where + "column " + column.name() + ": `drop:` applies to text columns only");
            if (personal && column.drop() == null && layer.publish().contains(column.name())
                    && column.headers().stream().anyMatch(PersonalData::isAddressHeader)) {
                problems.add(where + "layers/" + layer.name() + ".yaml publishes the address column '" + column.name()
                        + "' of a sheet of personal data; add `drop: house_numbers` to it");
            }
        }
    }

    private static String sheet(LayerDefinition layer) {
        return layer.source() == null ? "?" : layer.source().sheet();
    }

    private void checkColumn(LayerDefinition layer, ColumnDefinition column, Set<String> names) {
        String where = "layer " + layer.name() + ", column " + column.name() + ": ";
        require(Identifier.isValid(column.name()), where + "name must be ASCII snake_case");
        require(names.add(column.name()), where + "declared twice");
        require(!column.headers().isEmpty(), where + "`headers` lists no spreadsheet header");
        require(column.type() != ColumnType.LEVEL || !column.levels().isEmpty(), where + "a level column needs `levels`");
        if (column.notBefore() != null) {
            require(layer.column(column.notBefore()).map(c -> c.type() == ColumnType.DATE).orElse(false),
                    where + "not_before '" + column.notBefore() + "' is not a date column");
        }
        if (column.references() != null) {
            String[] parts = column.references().split("\\.", 2);
            boolean found = parts.length == 2 && layers.stream()
                    .anyMatch(l -> l.name().equals(parts[0]) && l.column(parts[1]).isPresent());
            require(found, where + "references '" + column.references() + "', which is no layer.column");
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
                        "layers " + first.name() + " and " + other.name()
                                + " read the same sheet and must declare the same columns and geometry (use `inherit:`)");
            }
            for (LayerDefinition layer : sharing) {
                require(layer.rows() != null && !layer.rows().selectsAll(), "layer " + layer.name()
                        + " shares its sheet, so it needs `rows:` saying which rows are its own");
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

    private void require(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
