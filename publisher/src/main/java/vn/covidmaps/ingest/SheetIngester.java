package vn.covidmaps.ingest;

import vn.covidmaps.config.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import vn.covidmaps.layer.ColumnDefinition;
import vn.covidmaps.layer.DerivedAttribute;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.layer.TextKey;

/**
 * Reads one sheet for the layers it feeds (usually one; the itinerary sheet feeds two): finds the
 * header row, parses and checks every row, and hands each valid row to the layer that selects it.
 */
final class SheetIngester {
    /** Reports often carry a title and blank lines above the header row. */
    private static final int HEADER_SEARCH_ROWS = 15;
    private static final String DATE_FORMAT = "dd/MM/yyyy";

    private final IngestContext context;
    private final Workbook workbook;
    private final List<LayerDefinition> layers;
    private final LayerDefinition shape;
    private final Problems problems;
    private final FeatureSink sink;
    private final ReferenceKeys references;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, SeenKeys> seen = new LinkedHashMap<>();
    /** Per column, its "layer.column" name when another layer refers to it, else null: computed once, not per row. */
    private final String[] referencedAs;
    private String sheet;
    private SheetBinding binding;

    SheetIngester(IngestContext context, Workbook workbook, List<LayerDefinition> layers, Problems problems,
                  FeatureSink sink, ReferenceKeys references) {
        this.context = context;
        this.workbook = workbook;
        this.layers = layers;
        this.shape = layers.get(0);
        this.problems = problems;
        this.sink = sink;
        this.references = references;
        layers.forEach(layer -> counts.put(layer.name(), 0L));
        this.referencedAs = shape.columns().stream().map(c -> shape.name() + "." + c.name())
                .map(name -> references.isWatched(name) ? name : null).toArray(String[]::new);
    }

    /** Rows loaded per layer. */
    Map<String, Long> run() {
        Optional<String> found = findSheet();
        if (found.isEmpty()) {
            sheetProblem(null, Messages.get("sheet.missing", shape.source().sheet(), String.join(", ", workbook.sheetNames())));
            return counts;
        }
        sheet = found.get();
        try (Stream<RawRow> rows = workbook.rows(sheet)) {
            Iterator<RawRow> iterator = rows.iterator();
            List<RawRow> top = new ArrayList<>();
            while (top.size() < HEADER_SEARCH_ROWS && iterator.hasNext()) {
                top.add(iterator.next());
            }
            RawRow header = headerRow(top);
            if (header == null) {
                sheetProblem(sheet, Messages.get("sheet.noHeader", HEADER_SEARCH_ROWS, shape.columns().get(0).headers().get(0)));
                return counts;
            }
            binding = new SheetBinding(shape, new HeaderIndex(header), context);
            if (!binding.missing.isEmpty()) {
                binding.missing.forEach(m -> sheetProblem(sheet, Messages.get("sheet.found", m, String.join(", ", binding.headers.headers()))));
                return counts;
            }
            top.stream().filter(r -> r.number() > header.number()).forEach(this::row);
            iterator.forEachRemaining(this::row);
        }
        return counts;
    }

    private Optional<String> findSheet() {
        List<String> wanted = shape.source().allNames().stream().map(TextKey::of).toList();
        return workbook.sheetNames().stream().filter(name -> wanted.contains(TextKey.of(name))).findFirst();
    }

    private RawRow headerRow(List<RawRow> top) {
        List<List<String>> aliases = SheetBinding.aliasLists(shape);
        RawRow best = null;
        int bestMatches = 0;
        for (RawRow row : top) {
            int matches = new HeaderIndex(row).countMatches(aliases);
            if (matches > bestMatches) {
                best = row;
                bestMatches = matches;
            }
        }
        return best;
    }

    private void row(RawRow row) {
        if (row.isEmpty()) {
            return;
        }
        RowIssues issues = new RowIssues(problems, workbook.displayName(), sheet, row.number());
        Object[] values = parseColumns(row, issues);
        Map<DerivedAttribute, String> derived = new EnumMap<>(DerivedAttribute.class);
        Geometry geometry = binding.geometry.read(row, issues, derived);
        if (geometry != null && context.provinces() != null && !context.provinces().contains(geometry)) {
            issues.warning(null, Messages.get("row.outsideProvinces"),
                    geometry.getCentroid().getY() + ", " + geometry.getCentroid().getX());
        }
        checkUnique(values, issues);
        // a case whose row has an error still exists: its visits are not "unknown case"
        recordReferences(values);
        if (issues.failed() || !checkKeys(values, derived, issues)) {
            return;
        }
        LayerDefinition target = route(values);
        if (target != null) {
            sink.accept(target, published(target, values, derived), geometry);
            counts.merge(target.name(), 1L, Long::sum);
        }
    }

    private Object[] parseColumns(RawRow row, RowIssues issues) {
        List<ColumnDefinition> columns = shape.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            ColumnDefinition column = columns.get(i);
            HeaderIndex.Found at = binding.columns[i];
            Object cell = at == null ? null : row.cell(at.index());
            Outcome<?> parsed = ColumnValues.parse(column, cell);
            if (parsed.failed()) {
                issues.error(at.header(), parsed.error(), cell);
                continue;
            }
            values[i] = parsed.value();
            if (values[i] == null && column.required()) {
                issues.error(at.header(), Messages.get("row.requiredEmpty"), null);
            } else if (values[i] != null) {
                checkRange(column, at.header(), values[i], issues, cell);
            }
        }
        checkOrder(values, issues);
        return values;
    }

    private void checkRange(ColumnDefinition column, String header, Object value, RowIssues issues, Object cell) {
        if (column.min() != null && value instanceof Integer number && number < column.min()) {
            issues.error(header, Messages.get("row.min", column.min()), cell);
        }
        if (value instanceof LocalDate date) {
            if (date.isBefore(IngestContext.EARLIEST_DATE)) {
                issues.error(header, Messages.get("row.dateTooEarly"), cell);
            } else if (!column.allowFuture() && date.isAfter(context.reportDate())) {
                issues.error(header, Messages.get("row.dateAfterReport", format(context.reportDate())), cell);
            }
        }
    }

    private void checkOrder(Object[] values, RowIssues issues) {
        List<ColumnDefinition> columns = shape.columns();
        for (int i = 0; i < values.length; i++) {
            String earlierName = columns.get(i).notBefore();
            if (earlierName == null || !(values[i] instanceof LocalDate later)) {
                continue;
            }
            int earlier = indexOf(earlierName);
            if (values[earlier] instanceof LocalDate start && later.isBefore(start)) {
                issues.error(binding.columns[i].header(), Messages.get("row.dateOrder", header(earlier), format(start)), format(later));
            }
        }
    }

    private void checkUnique(Object[] values, RowIssues issues) {
        List<ColumnDefinition> columns = shape.columns();
        for (int i = 0; i < values.length; i++) {
            if (columns.get(i).unique() && values[i] != null) {
                String value = values[i].toString();
                int first = seen.computeIfAbsent("unique:" + i, k -> new SeenKeys()).firstRowOrRemember(TextKey.of(value), issues.row());
                if (first != 0) {
                    issues.error(header(i), Messages.get("row.unique", first), value);
                }
            }
        }
    }

    /** Layer-level unique keys (errors) and duplicate keys (warnings: the repeat is skipped). */
    private boolean checkKeys(Object[] values, Map<DerivedAttribute, String> derived, RowIssues issues) {
        List<String> unique = shape.uniqueKey();
        if (unique != null && !unique.isEmpty()) {
            String key = key(unique, values, derived);
            int first = seen.computeIfAbsent("key", k -> new SeenKeys()).firstRowOrRemember(key, issues.row());
            if (first != 0) {
                issues.error(null, Messages.get("row.uniqueKey", String.join(", ", unique), first), display(unique, values, derived));
                return false;
            }
        }
        List<String> duplicate = shape.duplicateKey();
        if (duplicate != null && !duplicate.isEmpty()) {
            String key = key(duplicate, values, derived);
            int first = seen.computeIfAbsent("duplicate", k -> new SeenKeys()).firstRowOrRemember(key, issues.row());
            if (first != 0) {
                issues.warning(null, Messages.get("row.duplicate", first), display(duplicate, values, derived));
                return false;
            }
        }
        for (int i = 0; i < values.length; i++) {
            String target = shape.columns().get(i).references();
            if (target != null && values[i] != null && references.isKnown(target) && !references.contains(target, values[i].toString())) {
                issues.warning(header(i), Messages.get("row.reference", references.describe(target)), values[i].toString());
            }
        }
        return true;
    }

    /** Values as parsed (text already trimmed and NFC): exact repeats, the duplicates worth reporting. */
    private String key(List<String> names, Object[] values, Map<DerivedAttribute, String> derived) {
        StringBuilder key = new StringBuilder();
        for (String name : names) {
            Object value = value(name, values, derived);
            key.append(value == null ? "" : value.toString()).append('\u001f');
        }
        return key.toString();
    }

    private String display(List<String> names, Object[] values, Map<DerivedAttribute, String> derived) {
        return String.join(" / ", names.stream().map(n -> value(n, values, derived))
                .map(v -> v instanceof LocalDate d ? format(d) : v == null ? "" : v.toString()).toList());
    }

    private Object value(String name, Object[] values, Map<DerivedAttribute, String> derived) {
        return DerivedAttribute.byColumn(name).map(d -> (Object) derived.get(d)).orElseGet(() -> values[indexOf(name)]);
    }

    private void recordReferences(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && referencedAs[i] != null) {
                references.record(referencedAs[i], values[i].toString());
            }
        }
    }

    private LayerDefinition route(Object[] values) {
        if (layers.size() == 1) {
            return shape;
        }
        LocalDate lastDay = null;
        for (String name : shape.rows().lastDay()) {
            if (values[indexOf(name)] instanceof LocalDate date) {
                lastDay = date;
                break;
            }
        }
        for (LayerDefinition layer : layers) {
            if (layer.rows().accepts(lastDay, context.reportDate())) {
                return layer;
            }
        }
        return null;
    }

    private Object[] published(LayerDefinition layer, Object[] values, Map<DerivedAttribute, String> derived) {
        List<String> names = layer.publish();
        Object[] out = new Object[names.size()];
        for (int i = 0; i < out.length; i++) {
            String name = names.get(i);
            int column = indexOf(name);
            if (column >= 0) {
                out[i] = values[column];
            } else if (DerivedAttribute.byColumn(name).isPresent()) {
                out[i] = derived.get(DerivedAttribute.byColumn(name).get());
            } else {
                int level = indexOf(name.substring(0, name.length() - LayerDefinition.LEVEL_LABEL_SUFFIX.length()));
                out[i] = values[level] == null ? null : shape.columns().get(level).levelLabel((Integer) values[level]);
            }
        }
        return out;
    }

    private int indexOf(String columnName) {
        List<ColumnDefinition> columns = shape.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        return -1;
    }

    private String header(int column) {
        HeaderIndex.Found at = binding.columns[column];
        return at != null ? at.header() : shape.columns().get(column).headers().get(0);
    }

    private void sheetProblem(String sheetName, String message) {
        problems.add(new Problem(Severity.ERROR, workbook.displayName(), sheetName, 0, null, message, null));
    }

    private static String format(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern(DATE_FORMAT));
    }
}
