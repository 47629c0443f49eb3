package vn.covidmaps.geoserver;

import static vn.covidmaps.geoserver.FakeGeoServer.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.covidmaps.config.Messages;

/** The transport against a tiny in-process HTTP server that answers like GeoServer does. */
class GeoServerTransportTest {
    private static final String JETTY_401 = "<html>\n<head>\n<title>Error 401 Unauthorized</title>\n</head>\n<body><h2>HTTP ERROR 401"
            + " Unauthorized</h2>\n<table>\n<tr><th>URI:</th><td>/geoserver/rest/x</td></tr>\n<tr><th>STATUS:</th><td>401</td></tr>\n"
            + "<tr><th>MESSAGE:</th><td>Unauthorized</td></tr>\n</table>\n</body>\n</html>";

    private FakeGeoServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger flaky = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = new FakeGeoServer(this::answer);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = FakeGeoServer.path(exchange);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())
                + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " " + exchange.getRequestHeaders().getFirst("Authorization")
                + " " + body);
        switch (path) {
            case "rest/echo" -> send(exchange, 201, body);
            case "rest/missing.json" -> send(exchange, 404, "No such workspace: 'missing' found");
            case "rest/denied" -> send(exchange, 401, JETTY_401);
            case "rest/broken" -> send(exchange, 500, "Error while calculating native bounds for layer: x");
            case "rest/flaky" -> send(exchange, flaky.incrementAndGet() < 3 ? 503 : 200, "ok");
            default -> send(exchange, 404, "no");
        }
    }

    private GeoServerTransport transport(int port) {
        return new GeoServerTransport(URI.create("http://127.0.0.1:" + port + "/geoserver"), "admin", "s3cret",
                Duration.ofSeconds(5), 3, Duration.ofMillis(10));
    }

    private GeoServerTransport transport() {
        return transport(server.port());
    }

    @Test
    void sendsUtf8BodiesWithCharsetAndBasicAuthAndCountsWrites() {
        GeoServerTransport http = transport();
        String answer = http.post("rest/echo", GeoServerTransport.JSON, "{\"title\":\"Chốt kiểm soát dịch\"}");
        assertEquals("{\"title\":\"Chốt kiểm soát dịch\"}", answer);
        String request = seen.get(0);
        assertTrue(request.startsWith("POST /geoserver/rest/echo application/json; charset=UTF-8 Basic YWRtaW46czNjcmV0"), request);
        assertEquals(1, http.writeCount());
        http.get("rest/missing.json");
        assertEquals(List.of("POST rest/echo"), http.writes());
    }

    @Test
    void aMissingResourceIsEmptyAndAskedQuietly() {
        GeoServerTransport http = transport();
        assertEquals(Optional.empty(), http.get("rest/missing.json"));
        assertTrue(seen.get(0).startsWith("GET /geoserver/rest/missing.json?quietOnNotFound=true "), seen.get(0));
        assertEquals(0, http.writeCount());
    }

    @Test
    void unauthorizedNamesUrlStatusAndGeoServersMessageButNoPassword() {
        GeoServerException e = assertThrows(GeoServerException.class, () -> transport().get("rest/denied"));
        assertEquals(401, e.status());
        assertEquals("Unauthorized", e.serverMessage());
        String url = "http://127.0.0.1:" + server.port() + "/geoserver/rest/denied";
        assertEquals("GeoServer answered 401 to GET " + url + ": Unauthorized (check geoserver.user and geoserver.password)",
                e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"));
        assertFalse(e.isNotFound());
        assertEquals("GeoServer trả lời 401 cho GET " + url + ": Unauthorized (kiểm tra geoserver.user và geoserver.password)",
                Messages.of("vi").text(e.text()), "the operator reads it in their language");
    }

    @Test
    void serverErrorsCarryGeoServersOwnMessage() {
        GeoServerException e = assertThrows(GeoServerException.class,
                () -> transport().put("rest/broken", GeoServerTransport.JSON, "{}"));
        assertEquals(500, e.status());
        assertEquals("PUT", e.method());
        assertEquals("Error while calculating native bounds for layer: x", e.serverMessage());
        assertEquals(1, seen.size(), "a 500 is not retried");
    }

    @Test
    void idempotentRequestsAreRetriedOnUnavailablePostsAreNot() {
        assertEquals(Optional.of("ok"), transport().get("rest/flaky"));
        assertEquals(3, seen.size());
        seen.clear();
        flaky.set(0);
        GeoServerException e = assertThrows(GeoServerException.class,
                () -> transport().post("rest/flaky", GeoServerTransport.JSON, "{}"));
        assertEquals(503, e.status());
        assertEquals(1, seen.size());
    }

    private long sent(String request) {
        return seen.stream().filter(s -> s.startsWith(request)).count();
    }

    @Test
    void answersReadAheadAreTheAnswersAndFailuresOfAskingNow() {
        GeoServerException asked = assertThrows(GeoServerException.class, () -> transport().get("rest/denied"));
        seen.clear();
        GeoServerTransport http = transport();
        try (GeoServerTransport.ReadAhead ahead = http.readAhead(List.of("rest/missing.json", "rest/denied", "rest/flaky",
                "rest/missing.json"))) {
            assertEquals(Optional.of("ok"), http.get("rest/flaky"), "retried as usual");
            assertEquals(Optional.empty(), http.get("rest/missing.json"));
            assertEquals(Optional.empty(), http.get("rest/missing.json"));
            GeoServerException e = assertThrows(GeoServerException.class, () -> http.get("rest/denied"));
            assertEquals(asked.getMessage(), e.getMessage());
            assertEquals(401, e.status());
        }
        assertEquals(1, sent("GET /geoserver/rest/missing.json?quietOnNotFound=true "), "each path is sent once");
        assertEquals(3, sent("GET /geoserver/rest/flaky"));
        assertEquals(0, http.writeCount());
        http.get("rest/missing.json");
        assertEquals(2, sent("GET /geoserver/rest/missing.json"), "a closed read-ahead answers no more");
    }

    @Test
    void aWriteDropsTheAnswersReadAhead() {
        GeoServerTransport http = transport();
        try (GeoServerTransport.ReadAhead ahead = http.readAhead(List.of("rest/flaky"))) {
            assertEquals(Optional.of("ok"), http.get("rest/flaky"));
            assertEquals(3, sent("GET /geoserver/rest/flaky"));
            http.post("rest/echo", GeoServerTransport.JSON, "{}");
            assertEquals(Optional.of("ok"), http.get("rest/flaky"));
            assertEquals(4, sent("GET /geoserver/rest/flaky"), "asked again after the write");
        }
    }

    @Test
    void anUnreachableGeoServerIsStatusZeroAfterRetries() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GeoServerException e = assertThrows(GeoServerException.class,
                () -> transport(closedPort).post("rest/echo", GeoServerTransport.JSON, "{}"));
        assertTrue(e.isUnreachable());
        assertTrue(e.getMessage().startsWith("cannot reach GeoServer (POST http://127.0.0.1:" + closedPort + "/geoserver/rest/echo)"),
                e.getMessage());
        String vietnamese = Messages.of("vi").text(e.text());
        assertTrue(vietnamese.startsWith("không kết nối được GeoServer (POST http://127.0.0.1:" + closedPort + "/geoserver/rest/echo)"),
                vietnamese);
    }
}
