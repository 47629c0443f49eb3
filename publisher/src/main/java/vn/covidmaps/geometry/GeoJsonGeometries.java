package vn.covidmaps.geometry;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Polygon and MultiPolygon geometries from an already parsed GeoJSON tree. Jackson has parsed the
 * file; re-serialising every feature for JTS's own GeoJSON reader cost about a second per run for
 * the bundled boundaries.
 */
final class GeoJsonGeometries {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeoJsonGeometries() {
    }

    static Geometry polygonal(JsonNode geometry) {
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(coordinates.get(i));
                }
                yield FACTORY.createMultiPolygon(polygons);
            }
            default -> throw new IllegalArgumentException("a " + type + " is not a polygon");
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonNode position = positions.get(i);
            coordinates[i] = new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
        }
        return FACTORY.createLinearRing(coordinates);
    }
}
