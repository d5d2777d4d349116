package org.incidentdesk.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for the other Incident Desk services a service calls (never for our infrastructure): a small HTTP
 * server that answers {@code GET}s under {@code /api/} with what the test said ({@link #answer(String, int, String)};
 * 404 otherwise). It insists on a bearer token, which the service fetches from the real OIDC server of the tests.
 * A subclass names the REST client URL keys it stands behind.
 */
public abstract class ServiceStub implements QuarkusTestResourceLifecycleManager {

    private static final String BASE_URL_KEY = "incident-desk.test.service-stub-url";
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<String> urlKeys;
    private HttpServer server;

    protected ServiceStub(String... urlKeys) {
        this.urlKeys = List.of(urlKeys);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/stub/", this::record);
        server.createContext("/api/", this::answer);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> config = urlKeys.stream().collect(Collectors.toMap(key -> key, key -> url));
        config.put(BASE_URL_KEY, url);
        return config;
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    /** Makes the stub answer {@code status} with {@code json} at {@code path} (e.g. {@code api/cases/1/x}). */
    public static void answer(String path, int status, String json) {
        String base = ConfigProvider.getConfig().getValue(BASE_URL_KEY, String.class);
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/stub/" + path))
                    .PUT(HttpRequest.BodyPublishers.ofString(status + "\n" + json)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void record(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            answers.put(exchange.getRequestURI().getPath().substring("/stub/".length()),
                    new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
        respond(exchange, 204, "");
    }

    private void answer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ey")) {
            respond(exchange, 401, "");
            return;
        }
        String answer = answers.getOrDefault(exchange.getRequestURI().getPath().substring(1), "404\n{}");
        int newline = answer.indexOf('\n');
        respond(exchange, Integer.parseInt(answer.substring(0, newline)), answer.substring(newline + 1));
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
