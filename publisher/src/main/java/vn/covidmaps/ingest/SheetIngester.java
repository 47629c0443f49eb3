package vn.covidmaps.ingest;

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
import vn.covidmaps.text.CellText;
import vn.covidmaps.text.Day;
import vn.covidmaps.text.Outcome;
import vn.covidmaps.text.SpecialCell;
import vn.covidmaps.text.Text;
import vn.covidmaps.text.TextKey;

/**
 * Reads one sheet for the layers it feeds (usually one; the itinerary sheet feeds two): finds the
 * header row, parses and checks every row, and hands each valid row to the layer that selects it.
 */
final class SheetIngester {
    /** Reports often carry a title and blank lines above the header row. */
    private static final int HEADER_SEARCH_ROWS = 15;

    private final IngestContext context;
    private final Workbook workbook;
    private final List<LayerDefinition> layers;
    private final LayerDefinition shape;
    private final Problems problems;
    private final FeatureSink sink;
    private final ReferenceKeys references;
    private final HomeVisitCheck homeVisits;
    /** {@link #header(int)}, made once rather than per row */
    private final java.util.function.IntFunction<String> headerOf = this::header;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    // Everything below is resolved from the layer definitions once, so that no row looks up a name.
    /** Per column, its "layer.column" name when another layer refers to it, else null. */
    private final String[] referencedAs;
    /** Per column, the index of the date column it may not precede, or -1. */
    private final int[] notBefore;
    /** Per column, the values seen so far when the column is unique, else null. */
    private final SeenKeys[] uniqueSeen;
    private final Source[] uniqueKey;
    private final Source[] duplicateKey;
    private final SeenKeys uniqueKeySeen = new SeenKeys();
    private final SeenKeys duplicateKeySeen = new SeenKeys();
    /** The date columns whose first non-empty value is a row's last day (for routing between layers). */
    private final int[] lastDay;
    /** Per layer of {@link #layers}, where each published attribute comes from. */
    private final Source[][] published;
    /** Per layer of {@link #layers}, what it hides before a row is handed on. */
    private final LayerPrivacy[] privacy;
    private String sheet;
    private SheetBinding binding;
    /** Until the first row with data: official forms print column numbers under the header. */
    private boolean beforeData;

    /** A sheet read on its own, with no homes of other sheets to compare against. */
    SheetIngester(IngestContext context, Workbook workbook, List<LayerDefinition> layers, Problems problems,
                  FeatureSink sink, ReferenceKeys references) {
        this(context, workbook, layers, problems, sink, references, new HomeRegister());
    }

    SheetIngester(IngestContext context, Workbook workbook, List<LayerDefinition> layers, Problems problems,
                  FeatureSink sink, ReferenceKeys references, HomeRegister homes) {
        this.context = context;
        this.workbook = workbook;
        this.layers = layers;
        this.shape = layers.get(0);
        this.problems = problems;
        this.sink = sink;
        this.references = references;
        this.homeVisits = new HomeVisitCheck(shape, homes);
        layers.forEach(layer -> counts.put(layer.name(), 0L));
        List<ColumnDefinition> columns = shape.columns();
        this.referencedAs = columns.stream().map(c -> shape.name() + "." + c.name())
                .map(name -> references.isWatched(name) ? name : null).toArray(String[]::new);
        this.notBefore = columns.stream().mapToInt(c -> c.notBefore() == null ? -1 : indexOf(c.notBefore())).toArray();
        this.uniqueSeen = columns.stream().map(c -> c.unique() ? new SeenKeys() : null).toArray(SeenKeys[]::new);
        this.uniqueKey = sources(shape.uniqueKey());
        this.duplicateKey = sources(shape.duplicateKey());
        this.lastDay = shape.rows() == null ? new int[0] : shape.rows().lastDay().stream().mapToInt(this::indexOf).toArray();
        this.published = layers.stream().map(layer -> sources(layer.publish())).toArray(Source[][]::new);
        this.privacy = layers.stream().map(layer -> new LayerPrivacy(layer, columns, context.privacyKey())).toArray(LayerPrivacy[]::new);
    }

    /**
     * Where an attribute's value comes from: a parsed column, a unit lookup, or the label of a level
     * column (for {@code <level>_label}).
     */
    private record Source(int column, DerivedAttribute derived, ColumnDefinition levelOf) {
        Object valueIn(Object[] values, Map<DerivedAttribute, String> derivedValues) {
            if (derived != null) {
                return derivedValues.get(derived);
            }
            Object value = values[column];
            return levelOf == null || value == null ? value : levelOf.levelLabel((Integer) value);
        }
    }

    private Source[] sources(List<String> names) {
        return names == null ? new Source[0] : names.stream().map(this::source).toArray(Source[]::new);
    }

    private Source source(String name) {
        int column = indexOf(name);
        if (column >= 0) {
            return new Source(column, null, null);
        }
        Optional<DerivedAttribute> derived = DerivedAttribute.byColumn(name);
        if (derived.isPresent()) {
            return new Source(-1, derived.get(), null);
        }
        int level = indexOf(name.substring(0, name.length() - LayerDefinition.LEVEL_LABEL_SUFFIX.length()));
        return new Source(level, null, shape.columns().get(level));
    }

    /** Rows loaded per layer. */
    Map<String, Long> run() {
        Optional<String> found = findSheet();
        if (found.isEmpty()) {
            sheetProblem(null, Text.of("sheet.missing", shape.source().sheet(), String.join(", ", workbook.sheetNames())));
            return counts;
        }
        sheet = found.get();
        SheetLimits limits = new SheetLimits(workbook.displayName(), sheet);
        try (Stream<RawRow> rows = RowPrefetcher.of(workbook.rows(sheet).map(limits::check),
                failure -> ReaderFailure.explain(failure, workbook.displayName(), sheet, limits.lastRow()))) {
            Iterator<RawRow> iterator = rows.iterator();
            List<RawRow> top = new ArrayList<>();
            while (top.size() < HEADER_SEARCH_ROWS && iterator.hasNext()) {
                top.add(iterator.next());
            }
            HeaderRows.Header header = HeaderRows.find(top, SheetBinding.aliasLists(shape));
            if (header == null) {
                sheetProblem(sheet, Text.of("sheet.noHeader", HEADER_SEARCH_ROWS, shape.columns().get(0).headers().get(0)));
                return counts;
            }
            binding = new SheetBinding(shape, header.index(), context);
            if (!binding.missing.isEmpty()) {
                binding.missing.forEach(m -> sheetProblem(sheet, Text.of("sheet.found", m, String.join(", ", binding.headers.headers()))));
                return counts;
            }
            beforeData = true;
            top.stream().filter(r -> r.number() > header.lastRow()).forEach(this::row);
            iterator.forEachRemaining(this::row);
        }
        return counts;
    }

    private Optional<String> findSheet() {
        List<String> wanted = shape.source().allNames().stream().map(TextKey::of).toList();
        return workbook.sheetNames().stream().filter(name -> wanted.contains(TextKey.of(name))).findFirst();
    }

    private void row(RawRow row) {
        if (binding.isBlank(row)) {
            return;
        }
        if (beforeData) {
            beforeData = false;
            if (HeaderRows.isColumnNumbering(row)) {
                return;
            }
        }
        RowIssues issues = new RowIssues(problems, workbook.displayName(), sheet, row.number());
        Object[] values = parseColumns(row, issues);
        Map<DerivedAttribute, String> derived = new EnumMap<>(DerivedAttribute.class);
        Geometry geometry = binding.geometry.read(row, issues, derived);
        if (geometry != null && context.provinces() != null && !context.provinces().contains(geometry)) {
            issues.warning(null, Text.of("row.outsideProvinces"),
                    geometry.getCentroid().getY() + ", " + geometry.getCentroid().getX());
        }
        checkUnique(values, issues);
        // a case whose row has an error still exists: its visits are not "unknown case"
        recordReferences(values);
        homeVisits.check(values, geometry, issues, headerOf);
        if (issues.failed() || !checkKeys(values, derived, issues)) {
            return;
        }
        int target = route(values);
        if (target >= 0) {
            LayerDefinition layer = layers.get(target);
            LayerPrivacy hide = privacy[target];
            sink.accept(layer, hide.published(valuesOf(published[target], values, derived)), geometry == null ? null : hide.geometry(values, geometry));
            counts.merge(layer.name(), 1L, Long::sum);
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
                issues.error(at.header(), Text.of("row.requiredEmpty"), null);
            } else if (values[i] != null) {
                checkRange(column, at.header(), values[i], issues, cell);
            }
        }
        checkOrder(values, issues);
        return values;
    }

    private void checkRange(ColumnDefinition column, String header, Object value, RowIssues issues, Object cell) {
        if (column.min() != null && value instanceof Integer number && number < column.min()) {
            issues.error(header, Text.of("row.min", column.min()), cell);
        }
        if (value instanceof LocalDate date) {
            if (date.isBefore(IngestContext.EARLIEST_DATE)) {
                issues.error(header, Text.of("row.dateTooEarly"), cell);
            } else if (!column.allowFuture() && date.isAfter(context.reportDate())) {
                issues.error(header, Text.of("row.dateAfterReport", Day.format(context.reportDate())), cell);
            }
        }
    }

    private void checkOrder(Object[] values, RowIssues issues) {
        for (int i = 0; i < values.length; i++) {
            int earlier = notBefore[i];
            if (earlier < 0 || !(values[i] instanceof LocalDate later)) {
                continue;
            }
            if (values[earlier] instanceof LocalDate start && later.isBefore(start)) {
                issues.error(binding.columns[i].header(), Text.of("row.dateOrder", header(earlier), Day.format(start)), Day.format(later));
            }
        }
    }

    private void checkUnique(Object[] values, RowIssues issues) {
        for (int i = 0; i < values.length; i++) {
            if (uniqueSeen[i] != null && values[i] != null) {
                String value = values[i].toString();
                int first = uniqueSeen[i].firstRowOrRemember(TextKey.of(value), issues.row());
                if (first != 0) {
                    issues.error(header(i), Text.of("row.unique", first), value);
                }
            }
        }
    }

    /** Layer-level unique keys (errors) and duplicate keys (warnings: the repeat is skipped). */
    private boolean checkKeys(Object[] values, Map<DerivedAttribute, String> derived, RowIssues issues) {
        if (uniqueKey.length > 0) {
            Object[] key = valuesOf(uniqueKey, values, derived);
            int first = uniqueKeySeen.firstRowOrRemember(key, issues.row());
            if (first != 0) {
                issues.error(null, Text.of("row.uniqueKey", String.join(", ", shape.uniqueKey()), first), display(key));
                return false;
            }
        }
        if (duplicateKey.length > 0) {
            Object[] key = valuesOf(duplicateKey, values, derived);
            int first = duplicateKeySeen.firstRowOrRemember(key, issues.row());
            if (first != 0) {
                issues.warning(null, Text.of("row.duplicate", first), display(key));
                return false;
            }
        }
        for (int i = 0; i < values.length; i++) {
            String target = shape.columns().get(i).references();
            if (target != null && values[i] != null && references.isKnown(target) && !references.contains(target, values[i].toString())) {
                issues.warning(header(i), Text.of("row.reference", references.describe(target)), values[i].toString());
            }
        }
        return true;
    }

    private static Object[] valuesOf(Source[] sources, Object[] values, Map<DerivedAttribute, String> derived) {
        Object[] out = new Object[sources.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = sources[i].valueIn(values, derived);
        }
        return out;
    }

    private static String display(Object[] key) {
        return String.join(" / ", java.util.Arrays.stream(key)
                .map(v -> v instanceof LocalDate d ? Day.format(d) : v == null ? "" : v.toString()).toList());
    }

    private void recordReferences(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && referencedAs[i] != null) {
                references.record(referencedAs[i], values[i].toString());
            }
        }
    }

    /** The index in {@link #layers} of the layer that selects the row, or -1 if none does. */
    private int route(Object[] values) {
        if (layers.size() == 1) {
            return 0;
        }
        LocalDate day = null;
        for (int column : lastDay) {
            if (values[column] instanceof LocalDate date) {
                day = date;
                break;
            }
        }
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).rows().accepts(day, context.reportDate())) {
                return i;
            }
        }
        return -1;
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

    private void sheetProblem(String sheetName, Text message) {
        problems.add(new Problem(Severity.ERROR, workbook.displayName(), sheetName, 0, null, message, null));
    }
}
