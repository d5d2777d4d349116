package org.incidentdesk.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for intake-service's contact endpoint ({@code GET /api/reports/{id}/contact}), the one call this
 * service makes to another of ours; the real one is exercised end to end by the launcher's WalkingSkeletonIT.
 * It insists on a bearer token, which the service fetches from the real OIDC server of the tests. Tests say
 * what it answers with {@link #answer(UUID, int, String)}.
 */
public class IntakeContactsStub implements QuarkusTestResourceLifecycleManager {

    private static final String URL_KEY = "quarkus.rest-client.intake.url";
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/stub/", this::record);
        server.createContext("/api/reports/", this::contact);
        server.start();
        return Map.of(URL_KEY, "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    /** Makes the stub answer {@code status} with {@code json} for the contact of report {@code reportId}. */
    static void answer(UUID reportId, int status, String json) {
        String base = ConfigProvider.getConfig().getValue(URL_KEY, String.class);
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/stub/" + reportId))
                    .PUT(HttpRequest.BodyPublishers.ofString(status + "\n" + json)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
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

    private void contact(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ey")) {
            respond(exchange, 401, "");
            return;
        }
        String id = exchange.getRequestURI().getPath().replaceAll("^/api/reports/([^/]+)/contact$", "$1");
        String answer = answers.getOrDefault(id, "404\n{}");
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
