package org.incidentdesk.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.incidentdesk.testsupport.servers.TestServers;

import java.util.Map;

/**
 * Points Quarkus OIDC at the mock-oauth2-server of this test JVM. Tests get tokens from it with {@link TestTokens}.
 * <p>
 * Init arg {@value #CLIENT_ID}: the value of {@code quarkus.oidc.client-id} (default {@value #DEFAULT_CLIENT_ID}).
 */
public class OidcTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "client-id";
    public static final String DEFAULT_CLIENT_ID = "incident-desk";

    private String clientId = DEFAULT_CLIENT_ID;

    @Override
    public void init(Map<String, String> initArgs) {
        clientId = initArgs.getOrDefault(CLIENT_ID, DEFAULT_CLIENT_ID);
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.auth-server-url", TestServers.forThisJvm().oidcIssuerUrl().toString(),
                "quarkus.oidc.client-id", clientId);
    }

    /** The server is shared by all tests of the JVM and stops when the JVM exits. */
    @Override
    public void stop() {
    }
}
