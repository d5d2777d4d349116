package org.incidentdesk.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A Slack-compatible incoming-webhook receiver (the chat systems are third parties we cannot run): it keeps what
 * each webhook was sent, answers 500 a given number of times when asked to, and tells tests what arrived over
 * HTTP ({@code GET /received/<name>}: one message per line), since tests and test resources do not share memory.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

    public static final String URL = "incident-desk.test.webhook-receiver";

    private final Map<String, List<String>> received = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresToCome = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the webhook receiver", e);
        }
        server.createContext("/hooks/", this::hook);
        server.createContext("/received/", this::report);
        server.createContext("/fail/", this::failNext);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(URL, base,
                "incident-desk.webhooks.communities.\"en.example\"", base + "/hooks/en.example",
                "incident-desk.webhooks.communities.\"flaky.example\"", base + "/hooks/flaky.example",
                "incident-desk.webhooks.teams.irt", base + "/hooks/irt",
                "incident-desk.webhooks.teams.security", base + "/hooks/security");
    }

    private void hook(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/hooks/".length());
        AtomicInteger failures = failuresToCome.get(name);
        if (failures != null && failures.getAndDecrement() > 0) {
            answer(exchange, 500, "");
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.computeIfAbsent(name, key -> new CopyOnWriteArrayList<>()).add(body.replace('\n', ' '));
        answer(exchange, 200, "ok");
    }

    private void report(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/received/".length());
        answer(exchange, 200, String.join("\n", received.getOrDefault(name, List.of())));
    }

    private void failNext(HttpExchange exchange) throws IOException {
        String[] nameAndTimes = exchange.getRequestURI().getPath().substring("/fail/".length()).split("/");
        failuresToCome.put(nameAndTimes[0], new AtomicInteger(Integer.parseInt(nameAndTimes[1])));
        answer(exchange, 200, "ok");
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
