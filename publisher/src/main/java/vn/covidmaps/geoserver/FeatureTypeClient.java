package vn.covidmaps.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Feature types of the datastore, and the layers GeoServer creates with them. */
final class FeatureTypeClient {
    private final GeoServerTransport http;
    private final String workspace;
    private final String store;

    FeatureTypeClient(GeoServerTransport http, String workspace, String store) {
        this.http = http;
        this.workspace = workspace;
        this.store = store;
    }

    Optional<JsonNode> get(String name) {
        return http.get(typePath(name)).map(b -> Json.parse(b).path("featureType"));
    }

    /** What {@link #get} reads. */
    String typePath(String name) {
        return path() + "/" + name + ".json";
    }

    /** Creates the feature type and its layer. */
    void create(ObjectNode featureType) {
        http.post(path(), GeoServerTransport.JSON, wrap(featureType));
    }

    /** Changes the given fields only; GeoServer keeps the others. */
    void update(String name, ObjectNode fields) {
        http.put(path() + "/" + name, GeoServerTransport.JSON, wrap(fields));
    }

    /** Recomputes the native and the longitude/latitude bounding boxes from the data. */
    void recalculateBounds(String name) {
        ObjectNode fields = Json.object().put("name", name);
        http.put(path() + "/" + name + "?recalculate=nativebbox,latlonbbox", GeoServerTransport.JSON, wrap(fields));
    }

    /** Sets both bounding boxes as given. */
    void setBounds(String name, JsonNode nativeBox, JsonNode latLonBox) {
        ObjectNode fields = Json.object().put("name", name);
        fields.set("nativeBoundingBox", nativeBox);
        fields.set("latLonBoundingBox", latLonBox);
        http.put(path() + "/" + name, GeoServerTransport.JSON, wrap(fields));
    }

    Optional<JsonNode> layer(String name) {
        return http.get(layerPath(name)).map(b -> Json.parse(b).path("layer"));
    }

    /** What {@link #layer} reads. */
    String layerPath(String name) {
        return "rest/workspaces/" + workspace + "/layers/" + name + ".json";
    }

    void setDefaultStyle(String layer, String style) {
        ObjectNode body = Json.object();
        body.putObject("layer").putObject("defaultStyle").put("name", style).put("workspace", workspace);
        http.put("rest/workspaces/" + workspace + "/layers/" + layer, GeoServerTransport.JSON, Json.write(body));
    }

    /** Whether the layer's default style is the workspace style of that name. */
    boolean hasDefaultStyle(JsonNode layer, String style) {
        JsonNode current = layer.path("defaultStyle");
        String name = Json.text(current, "name");
        return name.equals(workspace + ":" + style)
                || name.equals(style) && Json.text(current, "workspace").equals(workspace);
    }

    private String path() {
        return "rest/workspaces/" + workspace + "/datastores/" + store + "/featuretypes";
    }

    private static String wrap(ObjectNode featureType) {
        ObjectNode body = Json.object();
        body.set("featureType", featureType);
        return Json.write(body);
    }
}
