package vn.covidmaps.geoserver;

import java.util.Optional;

/**
 * SLD styles of a workspace. Styles are stored raw, so GeoServer keeps the file byte for byte and a
 * GET of the .sld can be compared with the file.
 */
final class StyleClient {
    private final GeoServerTransport http;

    StyleClient(GeoServerTransport http) {
        this.http = http;
    }

    Optional<String> sld(String workspace, String style) {
        return http.get(sldPath(workspace, style));
    }

    /** What {@link #sld} reads. */
    static String sldPath(String workspace, String style) {
        return path(workspace) + "/" + style + ".sld";
    }

    void create(String workspace, String style, String sld) {
        http.post(path(workspace) + "?name=" + style + "&raw=true", GeoServerTransport.SLD, sld);
    }

    void update(String workspace, String style, String sld) {
        http.put(path(workspace) + "/" + style + "?raw=true", GeoServerTransport.SLD, sld);
    }

    /** Line endings and trailing blanks are not worth a re-upload. */
    static boolean same(String file, String stored) {
        return normalise(file).equals(normalise(stored));
    }

    private static String normalise(String sld) {
        return sld.replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n").strip();
    }

    private static String path(String workspace) {
        return "rest/workspaces/" + workspace + "/styles";
    }
}
