package vn.covidmaps.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import vn.covidmaps.text.Text;

/** Workspaces with their namespaces, and the per-workspace WMS/WFS service settings. */
final class WorkspaceClient {
    private final GeoServerTransport http;

    WorkspaceClient(GeoServerTransport http) {
        this.http = http;
    }

    /** The namespace of a workspace ({@code prefix}, {@code uri}); empty when the workspace does not exist. */
    Optional<JsonNode> namespace(String workspace) {
        return http.get(namespacePath(workspace)).map(b -> Json.parse(b).path("namespace"));
    }

    /** What {@link #namespace} reads. */
    static String namespacePath(String workspace) {
        return "rest/namespaces/" + workspace + ".json";
    }

    /** Creates the workspace and its namespace in one request. */
    void create(String workspace, String uri) {
        http.post("rest/namespaces", GeoServerTransport.JSON, namespaceBody(workspace, uri));
    }

    void updateUri(String workspace, String uri) {
        http.put("rest/namespaces/" + workspace, GeoServerTransport.JSON, namespaceBody(workspace, uri));
    }

    void delete(String workspace) {
        http.delete("rest/workspaces/" + workspace + "?recurse=true");
    }

    /** The workspace's own settings of a service ("wms", "wfs"); empty when it inherits the global ones. */
    Optional<JsonNode> workspaceService(String service, String workspace) {
        return http.get(workspaceServicePath(service, workspace)).map(b -> Json.parse(b).path(service));
    }

    /** What {@link #workspaceService} reads. */
    static String workspaceServicePath(String service, String workspace) {
        return "rest/services/" + service + "/workspaces/" + workspace + "/settings.json";
    }

    JsonNode globalService(String service) {
        return http.get("rest/services/" + service + "/settings.json").map(b -> Json.parse(b).path(service))
                .orElseThrow(() -> new GeoServerException("GET", http.base() + "rest/services/" + service + "/settings.json",
                        404, Text.of("geoserver.noService", service.toUpperCase())));
    }

    void enableService(String service, String workspace) {
        ObjectNode settings = Json.object();
        settings.putObject(service).put("enabled", true).putObject("workspace").put("name", workspace);
        http.put("rest/services/" + service + "/workspaces/" + workspace + "/settings", GeoServerTransport.JSON,
                Json.write(settings));
    }

    private static String namespaceBody(String workspace, String uri) {
        ObjectNode body = Json.object();
        body.putObject("namespace").put("prefix", workspace).put("uri", uri);
        return Json.write(body);
    }
}
