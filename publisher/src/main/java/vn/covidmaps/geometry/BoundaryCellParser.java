package vn.covidmaps.geometry;

import vn.covidmaps.config.Messages;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import vn.covidmaps.text.Outcome;

/** A polygon written in one cell, as WKT ("POLYGON((106.75 21.84, ...))") or GeoJSON, in longitude/latitude. */
public final class BoundaryCellParser {
    private final WKTReader wkt = new WKTReader();
    private final GeoJsonReader geoJson = new GeoJsonReader();

    public Outcome<MultiPolygon> parse(String text) {
        Geometry geometry;
        try {
            geometry = text.stripLeading().startsWith("{") ? geoJson.read(text) : wkt.read(text);
        } catch (ParseException | RuntimeException e) {
            return Outcome.fail(Messages.get("boundary.unreadable", firstLine(e.getMessage())));
        }
        if (geometry.isEmpty() || !(geometry.getGeometryType().endsWith("Polygon"))) {
            return Outcome.fail(Messages.get("boundary.type", geometry.getGeometryType()));
        }
        Envelope box = geometry.getEnvelopeInternal();
        if (!VietnamBounds.contains(box)) {
            boolean swapped = VietnamBounds.ENVELOPE.contains(new Envelope(box.getMinY(), box.getMaxY(), box.getMinX(), box.getMaxX()));
            return Outcome.fail(swapped
                    ? Messages.get("boundary.swapped") : Messages.get("boundary.outside"));
        }
        TopologyValidationError invalid = new IsValidOp(geometry).getValidationError();
        if (invalid != null) {
            return Outcome.fail(Messages.get("boundary.invalid", invalid.getMessage(),
                    invalid.getCoordinate().x, invalid.getCoordinate().y));
        }
        return Outcome.ok(Polygons.toMultiPolygon(geometry));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
