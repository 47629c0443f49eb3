package vn.covidmaps.ingest;

import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Geometry;
import vn.covidmaps.geometry.Polygons;
import vn.covidmaps.layer.ColumnDefinition;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.layer.TextRule;
import vn.covidmaps.privacy.HomeAreas;
import vn.covidmaps.privacy.HouseNumbers;
import vn.covidmaps.privacy.PrivacyKey;

/**
 * What a layer hides before a row leaves the reading: its point becomes the person's area when the
 * layer generalises, and its address columns lose their house numbers. The exact values exist only
 * in memory while the row is checked; no sink ever receives them.
 */
final class LayerPrivacy {
    private final HomeAreas areas;
    /** The index of the seed column among the sheet's columns, when the layer generalises. */
    private final int seed;
    /** Indexes, among the published values, of the text that loses its house numbers. */
    private final int[] withoutHouseNumbers;

    LayerPrivacy(LayerDefinition layer, List<ColumnDefinition> columns, PrivacyKey key) {
        var generalise = layer.generalise();
        this.areas = generalise == null ? null : new HomeAreas(key, layer.name(), generalise.radiusM());
        this.seed = generalise == null ? -1 : IntStream.range(0, columns.size())
                .filter(i -> columns.get(i).name().equals(generalise.seed())).findFirst().orElseThrow();
        List<String> publish = layer.publish();
        this.withoutHouseNumbers = IntStream.range(0, publish.size())
                .filter(i -> layer.column(publish.get(i)).map(c -> c.drop() == TextRule.HOUSE_NUMBERS).orElse(false)).toArray();
    }

    /** The geometry to publish for a row whose exact geometry and parsed column values are given. */
    Geometry geometry(Object[] columnValues, Geometry exact) {
        if (areas == null) {
            return exact;
        }
        return Polygons.toMultiPolygon(areas.area(columnValues[seed].toString(), exact.getCoordinate()));
    }

    /** Drops house numbers from the published values, in place. */
    Object[] published(Object[] values) {
        for (int i : withoutHouseNumbers) {
            if (values[i] instanceof String text) {
                values[i] = HouseNumbers.drop(text);
            }
        }
        return values;
    }
}
