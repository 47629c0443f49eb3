package vn.covidmaps.geoserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A loopback HTTP server on a free port that answers {@code /geoserver/} requests through a test's handler. */
final class FakeGeoServer implements AutoCloseable {
    private static final String ROOT = "/geoserver/";

    private final HttpServer server;

    FakeGeoServer(HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(ROOT, handler);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The base URL, as {@code geoserver.url} would give it. */
    String url() {
        return "http://127.0.0.1:" + port() + "/geoserver";
    }

    /** The request's path below {@code /geoserver/}, such as {@code rest/workspaces.json}. */
    static String path(HttpExchange exchange) {
        return exchange.getRequestURI().getPath().substring(ROOT.length());
    }

    static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
