package vn.covidmaps.geometry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.error.FileException;
import vn.covidmaps.text.Text;

/** Reads polygons keyed by a code attribute from a GeoJSON FeatureCollection or a GeoPackage table. */
final class BoundaryFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BoundaryFiles() {
    }

    static Map<String, MultiPolygon> read(Path file, String codeField, String gpkgLayer) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(Text.of("boundaries.notFound", file));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gpkg")) {
            return GeoPackagePolygons.read(file, codeField, gpkgLayer);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readGeoJson(in, codeField, file.toString());
        } catch (IOException e) {
            throw new ConfigurationException(Text.of("boundaries.unreadable", file, FileException.reason(e)), e);
        }
    }

    static Map<String, MultiPolygon> readGeoJsonResource(String resource, String codeField) {
        try (InputStream in = Objects.requireNonNull(BoundaryFiles.class.getResourceAsStream(resource), resource)) {
            return readGeoJson(in, codeField, resource);
        } catch (IOException e) {
            throw new IllegalStateException("bundled boundaries unreadable: " + resource, e);
        }
    }

    private static Map<String, MultiPolygon> readGeoJson(InputStream in, String codeField, String source) throws IOException {
        JsonNode collection = JSON.readTree(in);
        Map<String, MultiPolygon> polygons = new HashMap<>();
        for (JsonNode feature : collection.path("features")) {
            JsonNode code = feature.path("properties").path(codeField);
            if (code.isMissingNode() || code.isNull()) {
                throw new ConfigurationException(Text.of("boundaries.noCode", source, codeField));
            }
            String type = feature.path("geometry").path("type").asText();
            if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
                throw new ConfigurationException(Text.of("boundaries.noPolygon", source, code.asText(), Text.of("boundary.type", type)));
            }
            try {
                Geometry geometry = GeoJsonGeometries.polygonal(feature.path("geometry"));
                polygons.put(normaliseCode(code.asText()), Polygons.toMultiPolygon(geometry));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ConfigurationException(Text.of("boundaries.noPolygon", source, code.asText(), String.valueOf(e.getMessage())), e);
            }
        }
        return polygons;
    }

    /** Commune codes are 5 digits; files made in spreadsheets often lost the leading zero. */
    static String normaliseCode(String code) {
        String digits = code.strip().replaceFirst("\\.0+$", "");
        if (digits.matches("\\d{4}")) {
            return "0" + digits;
        }
        return digits;
    }
}
