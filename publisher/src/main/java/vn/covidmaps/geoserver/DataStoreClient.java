package vn.covidmaps.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.covidmaps.geoserver.PublicationModel.DesiredStore;
import vn.covidmaps.text.Text;

/** The PostGIS datastore of a workspace. */
final class DataStoreClient {
    private final GeoServerTransport http;

    DataStoreClient(GeoServerTransport http) {
        this.http = http;
    }

    Optional<JsonNode> get(String workspace, String store) {
        return http.get(storePath(workspace, store)).map(b -> Json.parse(b).path("dataStore"));
    }

    /** What {@link #get} reads. */
    static String storePath(String workspace, String store) {
        return path(workspace) + "/" + store + ".json";
    }

    /** What {@link #connectionProblem} reads. */
    static String availablePath(String workspace, String store) {
        return path(workspace) + "/" + store + "/featuretypes.json?list=available";
    }

    void create(String workspace, DesiredStore store) {
        http.post(path(workspace), GeoServerTransport.JSON, body(store));
    }

    void update(String workspace, DesiredStore store) {
        http.put(path(workspace) + "/" + store.name(), GeoServerTransport.JSON, body(store));
    }

    /** Asks GeoServer to list the store's tables; empty when it can, else GeoServer's complaint. */
    Optional<String> connectionProblem(String workspace, String store) {
        try {
            http.get(availablePath(workspace, store));
            return Optional.empty();
        } catch (GeoServerException e) {
            if (e.isUnreachable() || e.status() == 401 || e.status() == 403) {
                throw e;
            }
            return Optional.of(e.serverMessage().isBlank() ? "status " + e.status() : e.serverMessage());
        }
    }

    /** The parameters (other than the password, which GeoServer returns encrypted) that differ. */
    static List<Text> differences(DesiredStore desired, JsonNode current) {
        Map<String, JsonNode> entries = Json.entries(current.path("connectionParameters"));
        List<Text> out = new ArrayList<>();
        desired.parameters().forEach((key, value) -> {
            String actual = Json.entryValue(entries.get(key));
            if (!value.equalsIgnoreCase(actual == null ? "" : actual)) {
                out.add(Text.of("gs.storeParameter", key, actual == null ? Text.of("gs.unset") : Text.of("gs.quoted", actual), value));
            }
        });
        if (!current.path("enabled").asBoolean(false)) {
            out.add(Text.of("gs.disabled"));
        }
        return out;
    }

    private static String path(String workspace) {
        return "rest/workspaces/" + workspace + "/datastores";
    }

    private static String body(DesiredStore store) {
        ObjectNode body = Json.object();
        ObjectNode dataStore = body.putObject("dataStore");
        dataStore.put("name", store.name()).put("type", "PostGIS").put("enabled", true);
        ArrayNode entries = dataStore.putObject("connectionParameters").putArray("entry");
        store.parameters().forEach((key, value) -> entries.addObject().put("@key", key).put("$", value));
        entries.addObject().put("@key", "passwd").put("$", store.password());
        return Json.write(body);
    }
}
