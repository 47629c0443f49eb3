package vn.covidmaps.ingest;

import org.locationtech.jts.geom.Geometry;
import vn.covidmaps.layer.LayerDefinition;

/** Receives every valid row as a feature: values in the order of {@link LayerDefinition#attributes()}. */
public interface FeatureSink {

    void accept(LayerDefinition layer, Object[] values, Geometry geometry);

    /** Called after each sheet: no more rows will come for the layers that sheet fed. */
    default void sheetDone() {
    }

    /** For {@code validate}: rows are checked and counted, then dropped. */
    FeatureSink DISCARD = (layer, values, geometry) -> { };
}
