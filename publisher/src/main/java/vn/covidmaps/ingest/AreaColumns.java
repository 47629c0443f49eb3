package vn.covidmaps.ingest;

import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import vn.covidmaps.geometry.BoundaryCellParser;
import vn.covidmaps.geometry.CircleBuilder;
import vn.covidmaps.geometry.Polygons;
import vn.covidmaps.layer.DerivedAttribute;
import vn.covidmaps.text.CellText;
import vn.covidmaps.text.Outcome;
import vn.covidmaps.text.Text;

/** An area from a boundary cell (WKT or GeoJSON), or else a circle: centre point plus radius in metres. */
final class AreaColumns implements GeometryColumns {
    private final BoundaryCellParser boundaryParser = new BoundaryCellParser();
    private final HeaderIndex.Found boundary;
    private final PointColumns centre;
    private final HeaderIndex.Found radius;
    private final double maxRadius;

    AreaColumns(HeaderIndex.Found boundary, PointColumns centre, HeaderIndex.Found radius, double maxRadius) {
        this.boundary = boundary;
        this.centre = centre;
        this.radius = radius;
        this.maxRadius = maxRadius;
    }

    @Override
    public Geometry read(RawRow row, RowIssues issues, Map<DerivedAttribute, String> derived) {
        String boundaryText = boundary == null ? null : CellText.of(row.cell(boundary.index()));
        if (boundaryText != null) {
            Outcome<org.locationtech.jts.geom.MultiPolygon> polygon = boundaryParser.parse(boundaryText);
            if (polygon.failed()) {
                issues.error(boundary.header(), polygon.error(), boundaryText);
            }
            return polygon.value();
        }
        if (radius == null || !centre.isComplete()) {
            issues.error(boundary == null ? "boundary" : boundary.header(),
                    Text.of("area.none"), null);
            return null;
        }
        Object radiusCell = row.cell(radius.index());
        Outcome<Double> metres = NumberValues.decimal(radiusCell);
        if (metres.failed() || metres.value() == null) {
            issues.error(radius.header(), metres.failed() ? metres.error() : Text.of("area.none"), radiusCell);
            return null;
        }
        if (metres.value() <= 0 || metres.value() > maxRadius) {
            issues.error(radius.header(), Text.of("area.radius", (long) maxRadius), radiusCell);
            return null;
        }
        Coordinate point = centre.coordinate(row, issues);
        return point == null ? null : Polygons.toMultiPolygon(CircleBuilder.get().circle(point, metres.value()));
    }
}
