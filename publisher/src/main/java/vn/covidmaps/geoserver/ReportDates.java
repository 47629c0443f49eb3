package vn.covidmaps.geoserver;

import java.util.List;

/**
 * The report dates the layers hold, which are exactly the TIME values the map can be shown at. The tile caches
 * allow these values and no others, and default to the latest.
 */
@FunctionalInterface
public interface ReportDates {
    /** Every date with rows in any layer, as yyyy-MM-dd, oldest first. */
    List<String> all();

    /** No knowledge of the data: plans leave the tile layers out. */
    ReportDates UNKNOWN = () -> {
        throw new UnsupportedOperationException("no report dates");
    };
}
