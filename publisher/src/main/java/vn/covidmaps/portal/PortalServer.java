package vn.covidmaps.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A small web server for trying the map page (`covidmaps demo`) and for the browser test: serves a directory
 * and, optionally, passes {@code /geoserver/...} on to a GeoServer, the way a site puts GeoServer behind its
 * own host so the page needs no CORS. Not meant to face the public: use nginx for that (see the README).
 */
public final class PortalServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "png", "image/png",
            "json", "application/json; charset=utf-8");
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** On a free port of 127.0.0.1. */
    public PortalServer(Path root, String geoserverUrl) throws IOException {
        this(root, geoserverUrl, 0);
    }

    /** @param geoserverUrl where {@code /geoserver/...} is passed on to, or null to serve the directory only */
    public PortalServer(Path root, String geoserverUrl, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> serveFile(exchange, root.toAbsolutePath().normalize()));
        if (geoserverUrl != null) {
            server.createContext("/geoserver/", exchange -> proxy(exchange, geoserverUrl));
        }
        server.setExecutor(threads);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void serveFile(HttpExchange exchange, Path root) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain", "not found".getBytes());
            return;
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        // text compressed, as nginx's gzip would: what a phone downloads is what the page weight budget counts
        if (!type.startsWith("image/") && accepts(exchange, "gzip")) {
            body = gzip(body);
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        send(exchange, 200, type, body);
    }

    private static boolean accepts(HttpExchange exchange, String encoding) {
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        return accepted != null && accepted.contains(encoding);
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
            out.write(body);
        }
        return packed.toByteArray();
    }

    private void proxy(HttpExchange exchange, String geoserverUrl) throws IOException {
        String tail = exchange.getRequestURI().getRawPath().substring("/geoserver".length());
        String query = exchange.getRequestURI().getRawQuery();
        URI target = URI.create(geoserverUrl + tail + (query == null ? "" : "?" + query));
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60));
            if (accepts(exchange, "gzip")) {
                request.header("Accept-Encoding", "gzip"); // GeoServer compresses its XML and JSON; the body passes on as it is
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            // GeoServer's caching headers travel on, so the browser keeps tiles as long as GeoServer allows
            for (String header : List.of("Cache-Control", "Expires", "Last-Modified", "ETag", "Content-Encoding", "geowebcache-cache-result")) {
                response.headers().firstValue(header).ifPresent(value -> exchange.getResponseHeaders().set(header, value));
            }
            send(exchange, response.statusCode(), response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                    response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, 502, "text/plain", "interrupted".getBytes());
        } catch (IOException e) {
            send(exchange, 502, "text/plain", ("GeoServer unreachable: " + e).getBytes());
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
