package vn.covidmaps.geometry;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import vn.covidmaps.ingest.Outcome;

/** A polygon written in one cell, as WKT ("POLYGON((106.75 21.84, ...))") or GeoJSON, in longitude/latitude. */
public final class BoundaryCellParser {
    private final WKTReader wkt = new WKTReader();
    private final GeoJsonReader geoJson = new GeoJsonReader();

    public Outcome<MultiPolygon> parse(String text) {
        Geometry geometry;
        try {
            geometry = text.stripLeading().startsWith("{") ? geoJson.read(text) : wkt.read(text);
        } catch (ParseException | RuntimeException e) {
            return Outcome.fail("not a WKT or GeoJSON polygon: " + firstLine(e.getMessage()));
        }
        if (geometry.isEmpty() || !(geometry.getGeometryType().endsWith("Polygon"))) {
            return Outcome.fail("a boundary must be a Polygon or MultiPolygon, not a " + geometry.getGeometryType());
        }
        Envelope box = geometry.getEnvelopeInternal();
        if (!VietnamBounds.contains(box)) {
            boolean swapped = VietnamBounds.ENVELOPE.contains(new Envelope(box.getMinY(), box.getMaxY(), box.getMinX(), box.getMaxX()));
            return Outcome.fail(swapped
                    ? "the boundary has latitude and longitude swapped: write each point as longitude latitude (106.76 21.85)"
                    : "the boundary lies outside Vietnam");
        }
        TopologyValidationError invalid = new IsValidOp(geometry).getValidationError();
        if (invalid != null) {
            return Outcome.fail("the boundary is not a valid polygon: " + invalid.getMessage()
                    + " near " + invalid.getCoordinate().x + " " + invalid.getCoordinate().y);
        }
        return Outcome.ok(Polygons.toMultiPolygon(geometry));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
