package vn.covidmaps.engine;

import java.io.IOException;
import java.nio.file.Path;
import vn.covidmaps.error.FileException;
import vn.covidmaps.portal.PortalServer;
import vn.covidmaps.text.Text;

/** The map page served from its directory on 127.0.0.1, with GeoServer behind /geoserver; closing stops it. */
public final class ServedPortal implements AutoCloseable {
    private final PortalServer server;

    ServedPortal(Path directory, String geoserverUrl, int port) {
        try {
            server = new PortalServer(directory, geoserverUrl, port);
        } catch (IOException e) {
            throw new FileException(Text.of("io.serve", port, FileException.reason(e)), e);
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
