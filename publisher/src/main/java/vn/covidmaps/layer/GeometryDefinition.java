package vn.covidmaps.layer;

import java.util.List;

/** Where a layer's geometry comes from in a row. Header lists default to the usual Vietnamese ones. */
public record GeometryDefinition(
        GeometryKind type,
        List<String> latitudeHeaders,
        List<String> longitudeHeaders,
        List<String> coordinatesHeaders,
        List<String> boundaryHeaders,
        List<String> radiusHeaders,
        Double maxRadiusM,
        List<String> codeHeaders,
        List<String> communeHeaders,
        List<String> districtHeaders) {

    public GeometryDefinition {
        latitudeHeaders = orDefault(latitudeHeaders, List.of("Vĩ độ", "Latitude", "Lat", "X", "Tọa độ X", "Toạ độ X"));
        longitudeHeaders = orDefault(longitudeHeaders, List.of("Kinh độ", "Longitude", "Lon", "Lng", "Y", "Tọa độ Y", "Toạ độ Y"));
        coordinatesHeaders = orDefault(coordinatesHeaders, List.of("Tọa độ", "Toạ độ", "Vị trí (tọa độ)", "Coordinates"));
        boundaryHeaders = orDefault(boundaryHeaders, List.of());
        radiusHeaders = orDefault(radiusHeaders, List.of());
        codeHeaders = orDefault(codeHeaders, List.of());
        communeHeaders = orDefault(communeHeaders, List.of());
        districtHeaders = orDefault(districtHeaders, List.of());
        if (maxRadiusM == null) {
            maxRadiusM = 20_000.0;
        }
    }

    private static List<String> orDefault(List<String> given, List<String> fallback) {
        return given == null || given.isEmpty() ? fallback : List.copyOf(given);
    }
}
