package vn.covidmaps.geoserver;

import java.util.Optional;

/**
 * Where a layer's data lies, as the database knows it. With it a plan notices bounding boxes that no
 * longer match the data (say, GeoServer failed right after a load), so the next publish converges.
 */
@FunctionalInterface
public interface DataExtents {
    /** The extent of every row of the layer's table; empty when the table is empty or missing. */
    Optional<Bbox> of(String layer);

    /** No knowledge of the data: bounds are refreshed only for layers said to have changed. */
    DataExtents UNKNOWN = layer -> {
        throw new UnsupportedOperationException("no data extents");
    };
}
