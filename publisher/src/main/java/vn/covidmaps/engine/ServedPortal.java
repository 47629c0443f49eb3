package vn.covidmaps.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import vn.covidmaps.portal.PortalServer;

/** The map page served from its directory on 127.0.0.1, with GeoServer behind /geoserver; closing stops it. */
public final class ServedPortal implements AutoCloseable {
    private final PortalServer server;

    ServedPortal(Path directory, String geoserverUrl, int port) {
        try {
            server = new PortalServer(directory, geoserverUrl, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the map page on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    public String address() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    @Override
    public void close() {
        server.close();
    }
}
