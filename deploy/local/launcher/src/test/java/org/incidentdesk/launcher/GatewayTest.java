package org.incidentdesk.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;

import org.incidentdesk.servers.Loopback;

/** The gateway against stand-in services: each answers with its own name. */
class GatewayTest {

    private final Vertx vertx = Vertx.vertx();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void sendsTheRequestsOfAReplicatedServiceToEachReplicaInTurn() throws Exception {
        int first = standIn("intake-1");
        int second = standIn("intake-2");
        int routing = standIn("routing");
        int port = gateway(Map.of("intake-service", List.of(first, second), "routing-service", List.of(routing)));

        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answeredBy.add(get(port, "/api/reports/" + i).body());
        }
        answeredBy.add(get(port, "/api/routing/decisions/1").body());
        answeredBy.add(get(port, "/api/reports").body());

        assertThat(answeredBy).containsExactly("intake-1 /api/reports/0", "intake-2 /api/reports/1",
                "intake-1 /api/reports/2", "intake-2 /api/reports/3", "routing /api/routing/decisions/1",
                "intake-1 /api/reports");
    }

    @Test
    void answersNotFoundForAPathNoServiceServes() throws Exception {
        int port = gateway(Map.of("intake-service", List.of(standIn("intake-1"))));

        HttpResponse<String> response = get(port, "/api/elsewhere");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void answersServiceUnavailableInsteadOfQueueingBeyondItsLimit() throws Exception {
        CompletableFuture<Void> release = new CompletableFuture<>();
        CountDownLatch arrived = new CountDownLatch(1);
        int slow = Loopback.freePort();
        vertx.createHttpServer()
                .requestHandler(request -> {
                    arrived.countDown();
                    release.thenRun(() -> request.response().end("answered"));
                })
                .listen(slow, Loopback.HOST)
                .toCompletionStage().toCompletableFuture().join();
        int port = gateway(Map.of("intake-service", List.of(slow)), 1);

        CompletableFuture<HttpResponse<String>> first = http.sendAsync(request(port, "/api/reports/1"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
        HttpResponse<String> refused = get(port, "/api/reports/2");
        release.complete(null);

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(first.get(10, TimeUnit.SECONDS).body()).isEqualTo("answered");
        assertThat(get(port, "/api/reports/3").statusCode()).as("the finished request left room").isEqualTo(200);
    }

    private int gateway(Map<String, List<Integer>> servicePorts) {
        return gateway(servicePorts, Gateway.DEFAULT_MAX_IN_FLIGHT);
    }

    private int gateway(Map<String, List<Integer>> servicePorts, int maxInFlight) {
        RouteTable routes = new RouteTable(List.of(new RouteTable.Route("/api/reports", "intake-service"),
                new RouteTable.Route("/api/routing", "routing-service")));
        int port = Loopback.freePort();
        toClose.add(Gateway.start(Loopback.HOST, port, routes, servicePorts, maxInFlight));
        return port;
    }

    /** A server on a free port that answers "{name} {path}". */
    private int standIn(String name) {
        int port = Loopback.freePort();
        vertx.createHttpServer()
                .requestHandler(request -> request.response().end(name + " " + request.path()))
                .listen(port, Loopback.HOST)
                .toCompletionStage().toCompletableFuture().join();
        return port;
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(request(port, path), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://" + Loopback.HOST + ":" + port + path))
                .timeout(Duration.ofSeconds(10)).build();
    }
}
