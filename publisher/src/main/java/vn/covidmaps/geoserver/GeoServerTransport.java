package vn.covidmaps.geoserver;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.text.Text;

/**
 * HTTP to one GeoServer: basic authentication, a timeout on every request, retries with backoff for
 * connection failures (any method whose request was not sent; also timeouts and 502/503/504 of GET,
 * PUT and DELETE), and a record of every write request so callers and tests can count them. GETs whose
 * answers will be needed one after the other can be sent ahead, a few at a time ({@link #readAhead}).
 */
public final class GeoServerTransport {
    public static final String JSON = "application/json; charset=UTF-8";
    public static final String SLD = "application/vnd.ogc.sld+xml; charset=UTF-8";
    /** GeoWebCache's REST API rejects any other spelling, charset included; its bodies are ASCII names. */
    public static final String GWC_XML = "text/xml";

    private static final Set<String> IDEMPOTENT = Set.of("GET", "PUT", "DELETE");
    private static final Set<Integer> TRANSIENT = Set.of(502, 503, 504);
    /** GETs in flight at once when reading ahead: enough to hide the round trips, few enough for a small GeoServer. */
    private static final int READERS = 4;

    private final URI base;
    private final String authorization;
    private final Duration timeout;
    private final int attempts;
    private final Duration backoff;
    private final HttpClient client;
    private final List<String> writes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    /** Answers of GETs sent ahead, by path, until the read-ahead is closed or a write is sent. */
    private volatile Map<String, CompletableFuture<Optional<String>>> ahead = Map.of();
    private ExecutorService readers;

    public GeoServerTransport(URI base, String user, String password, Duration timeout, int attempts, Duration backoff) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.attempts = Math.max(1, attempts);
        this.backoff = backoff;
        this.client = client(this.base, timeout);
    }

    /**
     * Requests never leave {@code base} (paths are relative, redirects are not followed), so plain http needs no
     * TLS: it gets a context that trusts no certificate instead of the default one, which loads the JDK's trust
     * store (about 0.1 s of every run).
     */
    private static HttpClient client(URI base, Duration timeout) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER);
        if ("http".equalsIgnoreCase(base.getScheme())) {
            try {
                SSLContext none = SSLContext.getInstance("TLS");
                none.init(new KeyManager[0], new TrustManager[0], null);
                builder.sslContext(none);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK has no TLS implementation", e);
            }
        }
        return builder.build();
    }

    /** The longest http.timeout_seconds: an hour. */
    public static final long MAX_TIMEOUT_SECONDS = 3600;

    /** {@code geoserver.url}, an http or https address. */
    public static URI url(Settings settings) {
        String url = settings.require(Setting.GEOSERVER_URL);
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // said below
        }
        throw new ConfigurationException(Text.of("setting.notUrl", Setting.GEOSERVER_URL.key(), url));
    }

    /** From {@code geoserver.url}, {@code geoserver.user}, {@code geoserver.password}, {@code http.timeout_seconds}. */
    public static GeoServerTransport from(Settings settings) {
        Duration timeout = settings.seconds(Setting.HTTP_TIMEOUT_SECONDS, 1, MAX_TIMEOUT_SECONDS);
        return new GeoServerTransport(url(settings),
                settings.require(Setting.GEOSERVER_USER), settings.require(Setting.GEOSERVER_PASSWORD),
                timeout, 3, Duration.ofMillis(500));
    }

    /** The timeout of every request. */
    public Duration timeout() {
        return timeout;
    }

    /** GeoServer's base URL, ending with a slash. */
    public URI base() {
        return base;
    }

    /**
     * GET; empty when GeoServer answers 404 (asked with {@code quietOnNotFound=true} so it logs nothing).
     * A path sent ahead by {@link #readAhead} gets that answer, or that failure, exactly as if sent now.
     */
    public Optional<String> get(String path) {
        CompletableFuture<Optional<String>> answer = ahead.get(path);
        if (answer == null) {
            return fetch(path);
        }
        try {
            return answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Sends these GETs now, at most {@value #READERS} at a time (in the given order), so that asking for them one
     * by one afterwards waits for about one round trip rather than one per request. Their answers are kept until
     * the returned read-ahead is closed, or until a write is sent, since a write may change them.
     */
    public ReadAhead readAhead(Collection<String> paths) {
        Map<String, CompletableFuture<Optional<String>>> answers = new LinkedHashMap<>();
        for (String path : paths) {
            answers.computeIfAbsent(path, p -> CompletableFuture.supplyAsync(() -> fetch(p), readers()));
        }
        ahead = Map.copyOf(answers);
        return new ReadAhead();
    }

    /** Answers read ahead; closing it drops those not asked for yet. */
    public final class ReadAhead implements AutoCloseable {
        private ReadAhead() {
        }

        @Override
        public void close() {
            ahead = Map.of();
        }
    }

    private synchronized ExecutorService readers() {
        if (readers == null) {
            readers = Executors.newFixedThreadPool(READERS, task -> {
                Thread thread = new Thread(task, "geoserver-read");
                thread.setDaemon(true); // idle readers must not keep the command from exiting
                return thread;
            });
        }
        return readers;
    }

    private Optional<String> fetch(String path) {
        String quiet = path.startsWith("rest/") ? (path.contains("?") ? "&" : "?") + "quietOnNotFound=true" : "";
        try {
            return Optional.of(send("GET", path + quiet, null, null));
        } catch (GeoServerException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public String post(String path, String contentType, String body) {
        return send("POST", path, contentType, body);
    }

    public String put(String path, String contentType, String body) {
        return send("PUT", path, contentType, body);
    }

    public String delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** Write requests (POST, PUT, DELETE) sent so far, as "METHOD path". */
    public List<String> writes() {
        return List.copyOf(writes);
    }

    public int writeCount() {
        return writes.size();
    }

    /** Every request sent so far, as "METHOD path". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private String send(String method, String path, String contentType, String body) {
        URI uri = base.resolve(path);
        String shown = withoutQuiet(uri.toString());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", path.contains(".sld") ? "application/vnd.ogc.sld+xml" : "application/json, */*");
        if (body != null) {
            builder.header("Content-Type", contentType);
            builder.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest request = builder.build();
        requests.add(method + " " + path);
        if (!method.equals("GET")) {
            writes.add(method + " " + path);
            ahead = Map.of();
        }
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= attempts;
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status < 300) {
                    return response.body();
                }
                if (!last && IDEMPOTENT.contains(method) && TRANSIENT.contains(status)) {
                    pause(attempt);
                    continue;
                }
                throw new GeoServerException(method, shown, status, ServerMessage.of(response.body()));
            } catch (IOException e) {
                boolean retriable = e instanceof ConnectException || IDEMPOTENT.contains(method);
                if (last || !retriable) {
                    throw new GeoServerException(method, shown, 0, describe(e), e);
                }
                pause(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GeoServerException(method, shown, 0, Text.of("geoserver.interrupted"), e);
            }
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(backoff.toMillis() << (attempt - 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        String message = e.getMessage();
        return message == null || message.isBlank() ? name : name + " " + message;
    }

    private static String withoutQuiet(String url) {
        return url.replace("?quietOnNotFound=true", "").replace("&quietOnNotFound=true", "");
    }
}
