package vn.covidmaps.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.covidmaps.geoserver.PublicationModel.DesiredFeatureType;
import vn.covidmaps.text.Text;

/**
 * The JSON GeoServer gets for a feature type, and the comparison of what it has with what is wanted.
 * Only the fields the publisher sets are compared; GeoServer adds many of its own.
 */
final class FeatureTypes {
    static final String SRS = "EPSG:4326";
    static final String VIRTUAL_TABLE = "JDBC_VIRTUAL_TABLE";

    private FeatureTypes() {
    }

    /** Everything but the TIME dimension (which has its own plan item). */
    static ObjectNode description(DesiredFeatureType type) {
        ObjectNode node = Json.object();
        node.put("name", type.name()).put("nativeName", type.name())
                .put("title", type.title()).put("abstract", type.abstractText())
                .put("srs", SRS).put("projectionPolicy", "FORCE_DECLARED").put("enabled", true)
                .put("serviceConfiguration", true);
        node.putObject("keywords").set("string", Json.array(type.keywords()));
        node.putObject("disabledServices").set("string", Json.array(type.disabledServices()));
        if (!type.history()) {
            ArrayNode entries = node.putObject("metadata").putArray("entry");
            entries.addObject().put("@key", VIRTUAL_TABLE).set("virtualTable", virtualTable(type));
        }
        return node;
    }

    /** The TIME dimension on report_date, defaulting to the latest report. */
    static ObjectNode timeDimension() {
        ObjectNode node = Json.object();
        ObjectNode info = node.putObject("metadata").putArray("entry").addObject().put("@key", "time")
                .putObject("dimensionInfo");
        info.put("enabled", true).put("attribute", PublicationModel.TIME_ATTRIBUTE).put("presentation", "LIST")
                .put("units", "ISO8601").putObject("defaultValue").put("strategy", "MAXIMUM");
        return node;
    }

    private static ObjectNode virtualTable(DesiredFeatureType type) {
        ObjectNode table = Json.object();
        table.put("name", type.name()).put("sql", type.sql()).put("escapeSql", false).put("keyColumn", "fid");
        table.putObject("geometry").put("name", "geom").put("type", type.geometryType()).put("srid", 4326);
        return table;
    }

    static List<Text> differences(DesiredFeatureType type, JsonNode current) {
        List<Text> out = new ArrayList<>();
        compare(out, "title", type.title(), Json.text(current, "title"));
        compare(out, "abstract", type.abstractText(), Json.text(current, "abstract"));
        compare(out, "srs", SRS, Json.text(current, "srs"));
        compare(out, "projection", "FORCE_DECLARED", Json.text(current, "projectionPolicy"));
        if (!current.path("enabled").asBoolean(false)) {
            out.add(Text.of("gs.disabled"));
        }
        if (!new HashSet<>(type.keywords()).equals(new HashSet<>(Json.strings(current.path("keywords"), "string")))) {
            out.add(Text.of("gs.keywords"));
        }
        boolean servicesConfigured = current.path("serviceConfiguration").asBoolean(false);
        if (!servicesConfigured || !new HashSet<>(type.disabledServices())
                .equals(new HashSet<>(Json.strings(current.path("disabledServices"), "string")))) {
            out.add(Text.of("gs.services", String.join(", ", type.disabledServices())));
        }
        if (!type.history()) {
            JsonNode table = Json.entries(current.path("metadata")).getOrDefault(VIRTUAL_TABLE, Json.object())
                    .path("virtualTable");
            compare(out, "sqlView", type.sql(), Json.text(table, "sql").strip());
            compare(out, "sqlViewKey", "fid", Json.text(table, "keyColumn"));
            compare(out, "sqlViewGeometry", type.geometryType(), Json.text(table.path("geometry"), "type"));
        }
        return out;
    }

    static List<Text> timeDifferences(JsonNode current) {
        Map<String, JsonNode> metadata = Json.entries(current.path("metadata"));
        JsonNode time = metadata.getOrDefault("time", Json.object()).path("dimensionInfo");
        if (time.isMissingNode()) {
            return List.of(Text.of("gs.timeNotConfigured"));
        }
        List<Text> out = new ArrayList<>();
        if (!time.path("enabled").asBoolean(false)) {
            out.add(Text.of("gs.disabled"));
        }
        compare(out, "attribute", PublicationModel.TIME_ATTRIBUTE, Json.text(time, "attribute"));
        compare(out, "presentation", "LIST", Json.text(time, "presentation"));
        compare(out, "default", "MAXIMUM", Json.text(time.path("defaultValue"), "strategy"));
        return out;
    }

    /** {@code what} names a {@code gs.what.*} message. */
    private static void compare(List<Text> out, String what, String wanted, String actual) {
        if (!Objects.equals(wanted, actual)) {
            out.add(Text.of("gs.differs", Text.of("gs.what." + what)));
        }
    }
}
