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
 * Stands in for the two calls this service makes to others of ours: intake-service's reporter contact
 * ({@code GET /api/reports/{id}/contact}) and case-service's letters of saved replies
 * ({@code GET /api/cases/{id}/messages/{messageId}/letter}); the real ones are exercised end to end by the
 * launcher's WalkingSkeletonIT. It insists on a bearer token, which the service fetches from the real OIDC server of
 * the tests. Tests say what it answers with {@link #answer(UUID, int, String)} and
 * {@link #answerLetter(UUID, UUID, int, String)}.
 */
public class SiblingServicesStub implements QuarkusTestResourceLifecycleManager {

    private static final String URL_KEY = "quarkus.rest-client.intake.url";
    private static final String CASES_URL_KEY = "quarkus.rest-client.cases.url";
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
        server.createContext("/api/", this::contact);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(URL_KEY, url, CASES_URL_KEY, url);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    /** Makes the stub answer {@code status} with {@code json} for the contact of report {@code reportId}. */
    static void answer(UUID reportId, int status, String json) {
        answerAt("api/reports/" + reportId + "/contact", status, json);
    }

    /** Makes the stub answer {@code status} with {@code json} for the letter of a case's message. */
    static void answerLetter(UUID caseId, UUID messageId, int status, String json) {
        answerAt("api/cases/" + caseId + "/messages/" + messageId + "/letter", status, json);
    }

    private static void answerAt(String path, int status, String json) {
        String base = ConfigProvider.getConfig().getValue(URL_KEY, String.class);
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/stub/" + path))
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
