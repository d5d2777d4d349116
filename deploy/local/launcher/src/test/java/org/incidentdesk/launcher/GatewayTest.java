package org.incidentdesk.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    private int gateway(Map<String, List<Integer>> servicePorts) {
        RouteTable routes = new RouteTable(List.of(new RouteTable.Route("/api/reports", "intake-service"),
                new RouteTable.Route("/api/routing", "routing-service")));
        int port = Loopback.freePort();
        toClose.add(Gateway.start(Loopback.HOST, port, routes, servicePorts));
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
        return http.send(HttpRequest.newBuilder(URI.create("http://" + Loopback.HOST + ":" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
