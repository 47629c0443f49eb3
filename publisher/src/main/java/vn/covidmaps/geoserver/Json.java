package vn.covidmaps.geoserver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.text.Text;

/**
 * Reading and writing GeoServer's REST JSON. GeoServer writes a one-element list as a bare value or
 * object instead of an array, and empty lists as "", so every list is read through {@link #list}.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? MissingNode.getInstance() : MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new CovidMapsException(ErrorCode.GEOSERVER, Text.of("geoserver.badJson", e.getOriginalMessage()), e);
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree we built always writes
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    /** The elements of {@code parent.field}: an array, a single value or object, or nothing. */
    static List<JsonNode> list(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else if (node.isObject() || (node.isValueNode() && !node.asText().isEmpty())) {
            out.add(node);
        }
        return out;
    }

    static List<String> strings(JsonNode parent, String field) {
        return list(parent, field).stream().map(JsonNode::asText).toList();
    }

    /** GeoServer's map encoding {@code {"entry":[{"@key":k, ...}]}} as key → entry. */
    static Map<String, JsonNode> entries(JsonNode map) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode entry : list(map, "entry")) {
            out.put(entry.path("@key").asText(), entry);
        }
        return out;
    }

    /** A map entry's plain value, {@code {"@key":k,"$":v}}. */
    static String entryValue(JsonNode entry) {
        return entry == null ? null : entry.path("$").asText(null);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }
}
