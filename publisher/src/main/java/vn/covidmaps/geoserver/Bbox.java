package vn.covidmaps.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Optional;

/** A longitude/latitude box in EPSG:4326. */
public record Bbox(double minx, double miny, double maxx, double maxy) {
    /** GeoServer and PostGIS round boxes to single precision; anything closer than this is the same box. */
    static final double TOLERANCE = 1e-5;

    /** GeoServer's {@code {"minx":..}} box; empty when absent or empty (an empty table). */
    static Optional<Bbox> of(JsonNode node) {
        if (node == null || !node.has("minx")) {
            return Optional.empty();
        }
        Bbox box = new Bbox(node.path("minx").asDouble(), node.path("miny").asDouble(),
                node.path("maxx").asDouble(), node.path("maxy").asDouble());
        return box.isEmpty() ? Optional.empty() : Optional.of(box);
    }

    boolean isEmpty() {
        return maxx < minx || maxy < miny;
    }

    Bbox union(Bbox other) {
        return new Bbox(Math.min(minx, other.minx), Math.min(miny, other.miny),
                Math.max(maxx, other.maxx), Math.max(maxy, other.maxy));
    }

    static Optional<Bbox> union(Collection<Bbox> boxes) {
        return boxes.stream().reduce(Bbox::union);
    }

    boolean sameAs(Bbox other) {
        return Math.abs(minx - other.minx) < TOLERANCE && Math.abs(miny - other.miny) < TOLERANCE
                && Math.abs(maxx - other.maxx) < TOLERANCE && Math.abs(maxy - other.maxy) < TOLERANCE;
    }

    ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("minx", minx).put("maxx", maxx).put("miny", miny).put("maxy", maxy).put("crs", "EPSG:4326");
        return node;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", minx, miny, maxx, maxy);
    }
}
