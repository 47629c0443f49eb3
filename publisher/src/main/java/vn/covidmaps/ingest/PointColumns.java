package vn.covidmaps.ingest;

import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import vn.covidmaps.geometry.CoordinateParser;
import vn.covidmaps.layer.DerivedAttribute;
import vn.covidmaps.text.CellText;
import vn.covidmaps.text.Outcome;

/** A point from latitude/longitude columns, or from one coordinates cell when those are empty. */
final class PointColumns implements GeometryColumns {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final CoordinateParser parser;
    private final HeaderIndex.Found latitude;
    private final HeaderIndex.Found longitude;
    private final HeaderIndex.Found combined;

    PointColumns(CoordinateParser parser, Optional<HeaderIndex.Found> latitude, Optional<HeaderIndex.Found> longitude,
                 Optional<HeaderIndex.Found> combined) {
        this.parser = parser;
        this.latitude = latitude.orElse(null);
        this.longitude = longitude.orElse(null);
        this.combined = combined.orElse(null);
    }

    boolean isComplete() {
        return latitude != null && longitude != null || combined != null;
    }

    @Override
    public Geometry read(RawRow row, RowIssues issues, Map<DerivedAttribute, String> derived) {
        Coordinate point = coordinate(row, issues);
        return point == null ? null : FACTORY.createPoint(point);
    }

    Coordinate coordinate(RawRow row, RowIssues issues) {
        boolean pairGiven = latitude != null && longitude != null
                && (CellText.of(row.cell(latitude.index())) != null || CellText.of(row.cell(longitude.index())) != null);
        if (pairGiven || combined == null) {
            Object lat = latitude == null ? null : row.cell(latitude.index());
            Object lon = longitude == null ? null : row.cell(longitude.index());
            Outcome<Coordinate> parsed = parser.fromCells(lat, lon);
            if (parsed.failed()) {
                String column = latitude == null ? "coordinates" : latitude.header() + "/" + longitude.header();
                issues.error(column, parsed.error(), CellText.of(lat) + ", " + CellText.of(lon));
            }
            return parsed.value();
        }
        Object cell = row.cell(combined.index());
        Outcome<Coordinate> parsed = parser.fromCombined(cell);
        if (parsed.failed()) {
            issues.error(combined.header(), parsed.error(), cell);
        }
        return parsed.value();
    }
}
