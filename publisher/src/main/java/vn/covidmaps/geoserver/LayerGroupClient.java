package vn.covidmaps.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.covidmaps.geoserver.PublicationModel.DesiredGroup;
import vn.covidmaps.text.Text;

/** The workspace's layer group: one WMS layer drawing every layer, areas under points. */
final class LayerGroupClient {
    private final GeoServerTransport http;
    private final String workspace;

    LayerGroupClient(GeoServerTransport http, String workspace) {
        this.http = http;
        this.workspace = workspace;
    }

    Optional<JsonNode> get(String name) {
        return http.get(groupPath(name)).map(b -> Json.parse(b).path("layerGroup"));
    }

    /** What {@link #get} reads. */
    String groupPath(String name) {
        return path() + "/" + name + ".json";
    }

    void create(DesiredGroup group, Bbox bounds) {
        http.post(path(), GeoServerTransport.JSON, Json.write(body(group, bounds)));
    }

    void update(DesiredGroup group, Bbox bounds) {
        http.put(path() + "/" + group.name(), GeoServerTransport.JSON, Json.write(body(group, bounds)));
    }

    void updateBounds(String name, Bbox bounds) {
        ObjectNode body = Json.object();
        body.putObject("layerGroup").set("bounds", bounds.toJson());
        http.put(path() + "/" + name, GeoServerTransport.JSON, Json.write(body));
    }

    /** The qualified layer names the group should draw, first at the bottom. */
    List<String> qualified(DesiredGroup group) {
        return group.layers().stream().map(l -> workspace + ":" + l).toList();
    }

    List<Text> differences(DesiredGroup group, JsonNode current) {
        List<Text> out = new ArrayList<>();
        if (!group.title().equals(Json.text(current, "title"))) {
            out.add(Text.of("gs.groupTitle"));
        }
        if (!group.abstractText().equals(Json.text(current, "abstractTxt"))) {
            out.add(Text.of("gs.groupAbstract"));
        }
        if (!"SINGLE".equals(Json.text(current, "mode"))) {
            out.add(Text.of("gs.groupMode", Json.text(current, "mode")));
        }
        List<String> layers = Json.list(current.path("publishables"), "published").stream()
                .map(p -> Json.text(p, "name")).toList();
        if (!layers.equals(qualified(group))) {
            out.add(Text.of("gs.groupLayers"));
        }
        boolean defaultStyles = Json.list(current.path("styles"), "style").stream()
                .allMatch(s -> s.isObject() ? Json.text(s, "name").isEmpty() : s.asText().isEmpty());
        if (!defaultStyles) {
            out.add(Text.of("gs.groupStyles"));
        }
        return out;
    }

    private ObjectNode body(DesiredGroup group, Bbox bounds) {
        ObjectNode body = Json.object();
        ObjectNode node = body.putObject("layerGroup");
        node.put("name", group.name()).put("mode", "SINGLE").put("title", group.title())
                .put("abstractTxt", group.abstractText());
        ArrayNode published = node.putObject("publishables").putArray("published");
        ArrayNode styles = node.putObject("styles").putArray("style");
        for (String layer : qualified(group)) {
            published.addObject().put("@type", "layer").put("name", layer);
            styles.addObject().put("name", "");
        }
        if (bounds != null) {
            node.set("bounds", bounds.toJson());
        }
        return body;
    }

    private String path() {
        return "rest/workspaces/" + workspace + "/layergroups";
    }
}
