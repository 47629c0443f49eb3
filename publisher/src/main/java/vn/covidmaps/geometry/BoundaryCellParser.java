package vn.covidmaps.geometry;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import vn.covidmaps.text.Outcome;
import vn.covidmaps.text.Text;

/** A polygon written in one cell, as WKT ("POLYGON((106.75 21.84, ...))") or GeoJSON, in longitude/latitude. */
public final class BoundaryCellParser {
    private final WKTReader wkt = new WKTReader();
    private final GeoJsonReader geoJson = new GeoJsonReader();

    public Outcome<MultiPolygon> parse(String text) {
        Geometry geometry;
        try {
            geometry = text.stripLeading().startsWith("{") ? geoJson.read(text) : wkt.read(text);
        } catch (ParseException | RuntimeException e) {
            return Outcome.fail(Text.of("boundary.unreadable", firstLine(e.getMessage())));
        }
        if (geometry.isEmpty() || !(geometry.getGeometryType().endsWith("Polygon"))) {
            return Outcome.fail(Text.of("boundary.type", geometry.getGeometryType()));
        }
        Envelope box = geometry.getEnvelopeInternal();
        if (!VietnamBounds.contains(box)) {
            boolean swapped = VietnamBounds.ENVELOPE.contains(new Envelope(box.getMinY(), box.getMaxY(), box.getMinX(), box.getMaxX()));
            return Outcome.fail(swapped
                    ? Text.of("boundary.swapped") : Text.of("boundary.outside"));
        }
        TopologyValidationError invalid = new IsValidOp(geometry).getValidationError();
        if (invalid != null) {
            return Outcome.fail(Text.of("boundary.invalid", invalid.getMessage(),
                    invalid.getCoordinate().x, invalid.getCoordinate().y));
        }
        return Outcome.ok(Polygons.toMultiPolygon(geometry));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
