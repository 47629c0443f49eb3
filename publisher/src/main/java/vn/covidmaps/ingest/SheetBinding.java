package vn.covidmaps.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.covidmaps.layer.ColumnDefinition;
import vn.covidmaps.layer.GeometryDefinition;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.text.Text;

/**
 * A layer's columns located in a sheet's header row. Building it reports missing required columns;
 * a sheet whose binding has problems is not read further.
 */
final class SheetBinding {
    final HeaderIndex headers;
    final HeaderIndex.Found[] columns;
    final GeometryColumns geometry;
    final List<Text> missing = new ArrayList<>();
    /** Every column the layer reads, so that a row with only an STT number or a note counts as blank. */
    private final java.util.BitSet read = new java.util.BitSet();

    SheetBinding(LayerDefinition layer, HeaderIndex headers, IngestContext context) {
        this.headers = headers;
        List<ColumnDefinition> definitions = layer.columns();
        this.columns = new HeaderIndex.Found[definitions.size()];
        for (int i = 0; i < definitions.size(); i++) {
            ColumnDefinition column = definitions.get(i);
            columns[i] = find(column.headers()).orElse(null);
            if (columns[i] == null && column.required()) {
                missing.add(Text.of("sheet.missingColumn", column.headers().get(0)));
            }
        }
        this.geometry = bindGeometry(layer.geometry(), context);
    }

    private Optional<HeaderIndex.Found> find(List<String> aliases) {
        Optional<HeaderIndex.Found> found = headers.find(aliases);
        found.ifPresent(f -> read.set(f.index()));
        return found;
    }

    /** No column the layer reads has a value: a numbered empty row of a template, a total or a note. */
    boolean isBlank(RawRow row) {
        for (int i = read.nextSetBit(0); i >= 0; i = read.nextSetBit(i + 1)) {
            Object cell = row.cell(i);
            if (cell != null && !(cell instanceof String s && s.isBlank())) {
                return false;
            }
        }
        return true;
    }

    private GeometryColumns bindGeometry(GeometryDefinition g, IngestContext context) {
        PointColumns point = new PointColumns(context.coordinates(), find(g.latitudeHeaders()),
                find(g.longitudeHeaders()), find(g.coordinatesHeaders()));
        switch (g.type()) {
            case POINT -> {
                if (!point.isComplete()) {
                    missing.add(Text.of("sheet.missingCoordinates", g.latitudeHeaders().get(0), g.longitudeHeaders().get(0),
                            g.coordinatesHeaders().get(0)));
                }
                return point;
            }
            case AREA -> {
                Optional<HeaderIndex.Found> boundary = find(g.boundaryHeaders());
                Optional<HeaderIndex.Found> radius = find(g.radiusHeaders());
                if (boundary.isEmpty() && (radius.isEmpty() || !point.isComplete())) {
                    missing.add(Text.of("sheet.missingArea", first(g.boundaryHeaders()), g.latitudeHeaders().get(0),
                            g.longitudeHeaders().get(0), first(g.radiusHeaders())));
                }
                return new AreaColumns(boundary.orElse(null), point, radius.orElse(null), g.maxRadiusM());
            }
            case ADMIN_UNIT -> {
                AdminUnitColumns unit = new AdminUnitColumns(context.units(), context.boundaries(), find(g.codeHeaders()),
                        find(g.communeHeaders()), find(g.districtHeaders()));
                if (!unit.isComplete()) {
                    missing.add(Text.of("sheet.missingUnit", first(g.codeHeaders()), first(g.communeHeaders()),
                            first(g.districtHeaders())));
                }
                return unit;
            }
            default -> throw new IllegalStateException(g.type().name());
        }
    }

    private static String first(List<String> headers) {
        return headers.isEmpty() ? "?" : headers.get(0);
    }

    /** Every alias list of the layer, to find which row is the header row. */
    static List<List<String>> aliasLists(LayerDefinition layer) {
        List<List<String>> lists = new ArrayList<>();
        layer.columns().forEach(c -> lists.add(c.headers()));
        GeometryDefinition g = layer.geometry();
        for (List<String> list : List.of(g.latitudeHeaders(), g.longitudeHeaders(), g.coordinatesHeaders(),
                g.boundaryHeaders(), g.radiusHeaders(), g.codeHeaders(), g.communeHeaders(), g.districtHeaders())) {
            if (!list.isEmpty()) {
                lists.add(list);
            }
        }
        return lists;
    }
}
