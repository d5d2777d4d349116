package org.incidentdesk.servers;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * An OpenID Connect provider for tests and the local stack: navikt's mock-oauth2-server (standalone) as its own
 * JVM. It signs tokens for whatever subject and claims are asked for (see {@link OidcTokenClient}), publishes
 * discovery and JWKS under {@link #issuerUrl()}, and keeps its interactive login page, where a person may type a
 * username and a JSON object of claims. Its data folder only holds the output {@code oauth2.log}.
 */
public final class OidcServer implements AutoCloseable {

    /** The path of the issuer on the server; any path works, this one reads like a Keycloak realm. */
    public static final String ISSUER_ID = "incident-desk";

    private static final String MAIN_CLASS = "no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt";
    /**
     * The server configuration (env {@code JSON_CONFIG}): Netty, as in the project's Docker image, and the login
     * page for people. Tokens with chosen claims need no further configuration (see {@link OidcTokenClient}).
     */
    public static final String JSON_CONFIG = "{\"interactiveLogin\": true, \"httpServer\": \"NettyWrapper\"}";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ChildProcess process;
    private final int port;
    private final OidcTokenClient tokens;

    private OidcServer(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
        this.tokens = new OidcTokenClient(issuerUrl(port));
    }

    /**
     * Starts the server and returns once its discovery document is served.
     *
     * @param dataDir folder for the output log; null for a temporary one
     * @param port    HTTP port; 0 for a free one
     */
    public static OidcServer start(Path dataDir, int port) {
        return ServerDirectory.startIn(dataDir, "oauth2", directory -> {
            int httpPort = Loopback.portOrFree(port);
            ChildProcess process = ChildProcess.builder("mock-oauth2-server")
                    .command(ToolRuntime.named("oauth2").javaCommand(List.of("-Xms32m", "-Xmx256m"), MAIN_CLASS))
                    .environment("SERVER_HOSTNAME", Loopback.HOST)
                    .environment("SERVER_PORT", Integer.toString(httpPort))
                    .environment("JSON_CONFIG", JSON_CONFIG)
                    .logFile(directory.resolve("oauth2.log"))
                    .onClose(directory::close)
                    .start();
            process.awaitHttpOk(URI.create(issuerUrl(httpPort) + "/.well-known/openid-configuration"), START_TIMEOUT);
            return new OidcServer(process, httpPort);
        });
    }

    public int port() {
        return port;
    }

    /**
     * The issuer, e.g. {@code http://127.0.0.1:8180/incident-desk}: the value for
     * {@code quarkus.oidc.auth-server-url}.
     */
    public URI issuerUrl() {
        return issuerUrl(port);
    }

    /** A raw access token (JWT) for {@code username} with {@code roles} in {@code realm_access.roles}. */
    public String tokenFor(String username, Set<String> roles) {
        return tokens.userToken(username, roles);
    }

    /** A raw access token (JWT) for the machine client {@code clientId}; see {@link OidcTokenClient#clientToken}. */
    public String clientCredentialsToken(String clientId, Set<String> roles) {
        return tokens.clientToken(clientId, roles);
    }

    /** Stops the server (and deletes a temporary data folder). */
    @Override
    public void close() {
        process.close();
    }

    private static URI issuerUrl(int port) {
        return URI.create("http://" + Loopback.HOST + ":" + port + "/" + ISSUER_ID);
    }
}
