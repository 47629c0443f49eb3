package vn.covidmaps.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.covidmaps.layer.ColumnDefinition;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.text.Text;
import vn.covidmaps.text.TextKey;

/**
 * Reads a whole report: every sheet once, in an order where referenced sheets (cases) come before
 * the sheets that refer to them (itineraries), collecting all problems rather than stopping.
 */
public final class ReportIngest {
    private ReportIngest() {
    }

    public static IngestResult run(LayerCatalog catalog, Workbook workbook, IngestContext context, FeatureSink sink) {
        Problems problems = new Problems();
        ReferenceKeys references = new ReferenceKeys();
        HomeRegister homes = new HomeRegister();
        catalog.layers().stream().filter(l -> l.generalise() != null)
                .forEach(l -> homes.watch(l.name() + "." + l.generalise().seed()));
        Map<String, Long> counts = new LinkedHashMap<>();
        catalog.layers().forEach(layer -> counts.put(layer.name(), 0L));
        for (LayerDefinition layer : catalog.layers()) {
            for (ColumnDefinition column : layer.columns()) {
                if (column.references() != null) {
                    references.watch(column.references(), describe(catalog, column.references()));
                }
            }
        }
        for (List<LayerDefinition> group : sheetGroups(catalog)) {
            counts.putAll(new SheetIngester(context, workbook, group, problems, sink, references, homes).run());
            sink.sheetDone();
        }
        workbook.notices().forEach(problems::add);
        return new IngestResult(problems, counts);
    }

    /** Layers grouped by the sheet they read; groups that others refer to first. */
    static List<List<LayerDefinition>> sheetGroups(LayerCatalog catalog) {
        Map<String, List<LayerDefinition>> bySheet = new LinkedHashMap<>();
        for (LayerDefinition layer : catalog.layers()) {
            bySheet.computeIfAbsent(TextKey.of(layer.source().sheet()), k -> new ArrayList<>()).add(layer);
        }
        List<String> referenced = catalog.layers().stream().flatMap(l -> l.columns().stream())
                .filter(c -> c.references() != null).map(c -> c.references().split("\\.")[0]).toList();
        List<List<LayerDefinition>> groups = new ArrayList<>(bySheet.values());
        groups.sort(Comparator.comparing(group -> group.stream().noneMatch(l -> referenced.contains(l.name()))));
        return groups;
    }

    private static Text describe(LayerCatalog catalog, String layerColumn) {
        String[] parts = layerColumn.split("\\.", 2);
        LayerDefinition layer = catalog.layer(parts[0]);
        return Text.of("reference.sheet", layer.source().sheet(), layer.column(parts[1]).map(c -> c.headers().get(0)).orElse(parts[1]));
    }
}
