package vn.covidmaps.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.covidmaps.layer.ColumnDefinition;
import vn.covidmaps.layer.GeometryDefinition;
import vn.covidmaps.layer.LayerDefinition;

/**
 * A layer's columns located in a sheet's header row. Building it reports missing required columns;
 * a sheet whose binding has problems is not read further.
 */
final class SheetBinding {
    final HeaderIndex headers;
    final HeaderIndex.Found[] columns;
    final GeometryColumns geometry;
    final List<String> missing = new ArrayList<>();

    SheetBinding(LayerDefinition layer, HeaderIndex headers, IngestContext context) {
        this.headers = headers;
        List<ColumnDefinition> definitions = layer.columns();
        this.columns = new HeaderIndex.Found[definitions.size()];
        for (int i = 0; i < definitions.size(); i++) {
            ColumnDefinition column = definitions.get(i);
            columns[i] = headers.find(column.headers()).orElse(null);
            if (columns[i] == null && column.required()) {
                missing.add("the required column '" + column.headers().get(0) + "' is missing");
            }
        }
        this.geometry = bindGeometry(layer.geometry(), context);
    }

    private GeometryColumns bindGeometry(GeometryDefinition g, IngestContext context) {
        PointColumns point = new PointColumns(context.coordinates(), headers.find(g.latitudeHeaders()),
                headers.find(g.longitudeHeaders()), headers.find(g.coordinatesHeaders()));
        switch (g.type()) {
            case POINT -> {
                if (!point.isComplete()) {
                    missing.add("the coordinate columns are missing: '" + g.latitudeHeaders().get(0) + "' and '"
                            + g.longitudeHeaders().get(0) + "', or '" + g.coordinatesHeaders().get(0) + "'");
                }
                return point;
            }
            case AREA -> {
                Optional<HeaderIndex.Found> boundary = headers.find(g.boundaryHeaders());
                Optional<HeaderIndex.Found> radius = headers.find(g.radiusHeaders());
                if (boundary.isEmpty() && (radius.isEmpty() || !point.isComplete())) {
                    missing.add("the area columns are missing: '" + first(g.boundaryHeaders()) + "', or '"
                            + g.latitudeHeaders().get(0) + "', '" + g.longitudeHeaders().get(0) + "' and '" + first(g.radiusHeaders()) + "'");
                }
                return new AreaColumns(boundary.orElse(null), point, radius.orElse(null), g.maxRadiusM());
            }
            case ADMIN_UNIT -> {
                AdminUnitColumns unit = new AdminUnitColumns(context.units(), context.boundaries(), headers.find(g.codeHeaders()),
                        headers.find(g.communeHeaders()), headers.find(g.districtHeaders()));
                if (!unit.isComplete()) {
                    missing.add("the unit columns are missing: '" + first(g.codeHeaders()) + "', or '"
                            + first(g.communeHeaders()) + "' and '" + first(g.districtHeaders()) + "'");
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
