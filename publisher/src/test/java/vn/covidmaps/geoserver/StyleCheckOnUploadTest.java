package vn.covidmaps.geoserver;

import static vn.covidmaps.geoserver.FakeGeoServer.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.covidmaps.change.Action;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.layer.LayerCatalog;

/**
 * Styles are checked against the SLD schema only when the plan is about to upload them, and an invalid one
 * stops the publish before any write. Against an in-process server that knows only the given .sld bodies.
 */
class StyleCheckOnUploadTest {
    private static final String INVALID = "<StyledLayerDescriptor version=\"1.1.0\" xmlns=\"http://www.opengis.net/sld\"/>";

    private final LayerCatalog catalog = LayerCatalog.load(Path.of("layers"));
    private final Map<String, String> storedStyles = new ConcurrentHashMap<>();
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private FakeGeoServer server;

    @BeforeEach
    void start() throws IOException {
        server = new FakeGeoServer(this::answer);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Global WMS and WFS are enabled; the workspace's styles are {@link #storedStyles}; nothing else exists. */
    private void answer(HttpExchange exchange) throws IOException {
        String path = FakeGeoServer.path(exchange);
        if (!exchange.getRequestMethod().equals("GET")) {
            writes.add(exchange.getRequestMethod() + " " + path);
            send(exchange, 201, "");
        } else if (path.matches("rest/services/(wms|wfs)/settings.json")) {
            send(exchange, 200, "{\"" + path.substring(14, 17) + "\":{\"enabled\":true}}");
        } else if (path.startsWith("rest/workspaces/ws/styles/") && storedStyles.containsKey(style(path))) {
            send(exchange, 200, storedStyles.get(style(path)));
        } else {
            send(exchange, 404, "No such resource");
        }
    }

    private static String style(String path) {
        return path.substring("rest/workspaces/ws/styles/".length()).replace(".sld", "");
    }

    private GeoServerPublisher publisher(Path styles) {
        Settings settings = Settings.defaults()
                .with(Setting.STYLES_DIR, styles.toString())
                .with(Setting.GEOSERVER_URL, server.url())
                .with(Setting.GEOSERVER_PASSWORD, "s3cret")
                .with(Setting.GEOSERVER_WORKSPACE, "ws")
                .with(Setting.GEOSERVER_DB_PASSWORD, "reader-secret");
        return GeoServerPublisher.from(settings, catalog);
    }

    /** Every style as GeoServer would hold it after a publish of {@code styles}. */
    private void storeAll(Path styles) throws IOException {
        for (var layer : catalog.layers()) {
            storedStyles.put(layer.style(), Files.readString(styles.resolve(layer.style() + ".sld")));
        }
    }

    @Test
    void anInvalidChangedStyleIsRefusedBeforeAnythingIsWritten(@TempDir Path styles) throws IOException {
        TestGeoServer.writeStyles(styles, catalog);
        storeAll(styles);
        Path file = styles.resolve("checkpoints.sld");
        Files.writeString(file, Files.readString(file).replace("version=\"1.0.0\"", "version=\"1.1.0\""));

        GeoServerPublisher publisher = publisher(styles);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> publisher.apply(Set.of("checkpoints")));
        assertTrue(e.getMessage().startsWith(file + " is not a valid SLD 1.0.0 document (line "), e.getMessage());
        assertTrue(e.getMessage().contains("has a fixed value of '1.0.0'"), e.getMessage());
        assertEquals(List.of(), writes);
        assertEquals(List.of(), publisher.transport().writes());
    }

    @Test
    void anInvalidNewStyleIsRefusedBeforeAnythingIsWritten(@TempDir Path styles) throws IOException {
        TestGeoServer.writeStyles(styles, catalog);
        Files.writeString(styles.resolve("risk_areas.sld"), "<StyledLayerDescriptor");

        GeoServerPublisher publisher = publisher(styles);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> publisher.apply(Set.of()));
        assertTrue(e.getMessage().contains("is not a valid SLD 1.0.0 document"), e.getMessage());
        assertEquals(List.of(), writes);
    }

    @Test
    void aStyleIdenticalToGeoServersIsNotCheckedAgain(@TempDir Path styles) throws IOException {
        TestGeoServer.writeStyles(styles, catalog);
        Files.writeString(styles.resolve("checkpoints.sld"), INVALID);
        storeAll(styles);

        PublishPlan plan = publisher(styles).plan();
        assertEquals(Action.UNCHANGED, plan.items().stream()
                .filter(i -> i.kind() == ResourceKind.STYLE && i.name().equals("checkpoints")).findFirst().orElseThrow().action());
        assertEquals(List.of(), writes);
    }
}
