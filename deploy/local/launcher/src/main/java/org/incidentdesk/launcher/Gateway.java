package org.incidentdesk.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * The single base URL of the local system: a Vert.x reverse proxy that sends each {@code /api/...} path to the
 * service the route table names, with {@code X-Forwarded-*} headers so that services build links to the gateway.
 * A service with several replicas gets its requests round-robin, one replica after the other.
 */
public final class Gateway implements AutoCloseable {

    private static final String UNKNOWN_ROUTE = "{\"type\":\"urn:incident-desk:problem:not-found\","
            + "\"title\":\"Not found\",\"status\":404,\"detail\":\"No service serves this path\"}";
    private static final String OVERLOADED = "{\"type\":\"urn:incident-desk:problem:overloaded\","
            + "\"title\":\"Overloaded\",\"status\":503,\"detail\":\"Too many requests are in progress; try again in"
            + " a second\"}";
    /**
     * How many requests the gateway forwards at once. Beyond that it answers 503 at once instead of queueing: an
     * unbounded queue grows faster than the services drain it, every answer comes too late, and the gateway
     * eventually runs out of memory.
     */
    static final int DEFAULT_MAX_IN_FLIGHT = 1024;
    private static final int CONNECTIONS_PER_ORIGIN = 64;

    private final Vertx vertx;
    private final HttpServer server;

    private Gateway(Vertx vertx, HttpServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    /**
     * @param servicePorts the loopback ports of the replicas of each service named in the route table
     */
    public static Gateway start(String host, int port, RouteTable routes, Map<String, List<Integer>> servicePorts) {
        return start(host, port, routes, servicePorts, DEFAULT_MAX_IN_FLIGHT);
    }

    static Gateway start(String host, int port, RouteTable routes, Map<String, List<Integer>> servicePorts,
            int maxInFlight) {
        Map<String, RoundRobin> origins = new LinkedHashMap<>();
        servicePorts.forEach((service, ports) -> origins.put(service, new RoundRobin(
                ports.stream().map(p -> SocketAddress.inetSocketAddress(p, host)).toList())));
        Vertx vertx = Vertx.vertx();
        Admission admission = new Admission(maxInFlight);
        // Vert.x's default of 5 connections per origin queues requests as soon as one answer is slow.
        HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient(
                        new HttpClientOptions().setMaxPoolSize(CONNECTIONS_PER_ORIGIN)))
                .originSelector(request -> Future.succeededFuture(
                        origins.get(serviceOf(routes, request).orElseThrow()).next()))
                .addInterceptor(new ForwardedHeaders());
        HttpServer server = vertx.createHttpServer()
                .requestHandler(request -> {
                    Optional<String> service = serviceOf(routes, request);
                    if (service.isEmpty() || !origins.containsKey(service.get())) {
                        answerProblem(request, 404, UNKNOWN_ROUTE);
                    } else if (admission.tryEnter(request)) {
                        proxy.handle(request);
                    } else {
                        request.response().putHeader("Retry-After", "1");
                        answerProblem(request, 503, OVERLOADED);
                    }
                });
        server.listen(port, host).toCompletionStage().toCompletableFuture().join();
        return new Gateway(vertx, server);
    }

    private static void answerProblem(HttpServerRequest request, int status, String problem) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json").end(problem);
    }

    private static Optional<String> serviceOf(RouteTable routes, HttpServerRequest request) {
        return routes.serviceFor(request.path());
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** Counts the requests being forwarded; one leaves when its answer ended or its connection closed. */
    private static final class Admission {

        private final int maxInFlight;
        private final AtomicInteger inFlight = new AtomicInteger();

        Admission(int maxInFlight) {
            this.maxInFlight = maxInFlight;
        }

        boolean tryEnter(HttpServerRequest request) {
            if (inFlight.incrementAndGet() > maxInFlight) {
                inFlight.decrementAndGet();
                return false;
            }
            AtomicBoolean left = new AtomicBoolean();
            Runnable leave = () -> {
                if (left.compareAndSet(false, true)) {
                    inFlight.decrementAndGet();
                }
            };
            request.response().endHandler(ended -> leave.run());
            request.response().closeHandler(closed -> leave.run());
            return true;
        }
    }

    /** The replicas of one service, each in turn (whether it is up or not: there are no health checks here). */
    private static final class RoundRobin {

        private final List<SocketAddress> replicas;
        private final AtomicInteger next = new AtomicInteger();

        RoundRobin(List<SocketAddress> replicas) {
            if (replicas.isEmpty()) {
                throw new IllegalArgumentException("A service needs at least one replica");
            }
            this.replicas = List.copyOf(replicas);
        }

        SocketAddress next() {
            return replicas.get(Math.floorMod(next.getAndIncrement(), replicas.size()));
        }
    }

    /**
     * Tells the service which host, scheme and client the request really came from, and drops whatever
     * forwarding headers the client sent: only the gateway's own are to be believed.
     */
    private static final class ForwardedHeaders implements ProxyInterceptor {

        private static final List<String> CLIENT_SUPPLIED = List.of("Forwarded", "X-Forwarded-For",
                "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port", "X-Forwarded-Ssl", "X-Forwarded-Prefix",
                "X-Real-IP");

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            CLIENT_SUPPLIED.forEach(context.request().headers()::remove);
            context.request().headers()
                    .set("X-Forwarded-Host", incoming.authority() == null ? "" : incoming.authority().toString())
                    .set("X-Forwarded-Proto", incoming.scheme())
                    .set("X-Forwarded-For", incoming.remoteAddress().hostAddress());
            return context.sendRequest();
        }
    }
}
