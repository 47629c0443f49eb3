package vn.covidmaps.ingest;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import vn.covidmaps.layer.DerivedAttribute;

/** Turns the geometry-bearing cells of a row into a geometry, bound to a sheet's header row. */
interface GeometryColumns {

    /**
     * The row's geometry, or null after reporting why to {@code issues}. Lookups may also fill
     * {@code derived} (e.g. the code and name of the administrative unit found).
     */
    Geometry read(RawRow row, RowIssues issues, Map<DerivedAttribute, String> derived);
}
