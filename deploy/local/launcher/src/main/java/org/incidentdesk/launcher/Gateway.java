package org.incidentdesk.launcher;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
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
 */
public final class Gateway implements AutoCloseable {

    private static final String UNKNOWN_ROUTE = "{\"type\":\"urn:incident-desk:problem:not-found\","
            + "\"title\":\"Not found\",\"status\":404,\"detail\":\"No service serves this path\"}";

    private final Vertx vertx;
    private final HttpServer server;

    private Gateway(Vertx vertx, HttpServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    /**
     * @param servicePorts the loopback port of each service named in the route table
     */
    public static Gateway start(String host, int port, RouteTable routes, Map<String, Integer> servicePorts) {
        Vertx vertx = Vertx.vertx();
        HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient())
                .originSelector(request -> Future.succeededFuture(
                        SocketAddress.inetSocketAddress(servicePorts.get(serviceOf(routes, request).orElseThrow()), host)))
                .addInterceptor(new ForwardedHeaders());
        HttpServer server = vertx.createHttpServer()
                .requestHandler(request -> {
                    Optional<String> service = serviceOf(routes, request);
                    if (service.isPresent() && servicePorts.containsKey(service.get())) {
                        proxy.handle(request);
                    } else {
                        request.response().setStatusCode(404)
                                .putHeader("Content-Type", "application/problem+json")
                                .end(UNKNOWN_ROUTE);
                    }
                });
        server.listen(port, host).toCompletionStage().toCompletableFuture().join();
        return new Gateway(vertx, server);
    }

    private static Optional<String> serviceOf(RouteTable routes, HttpServerRequest request) {
        return routes.serviceFor(request.path());
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
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
