package org.incidentdesk.testsupport;

import org.eclipse.microprofile.config.ConfigProvider;
import org.incidentdesk.servers.OidcTokenClient;

import java.net.URI;
import java.util.Set;

/**
 * Real access tokens for tests, fetched over HTTP from the issuer in {@code quarkus.oidc.auth-server-url} (set by
 * {@link OidcTestResource}), e.g. {@code given().auth().oauth2(TestTokens.staff("alice", "incident-responder"))}.
 * <p>
 * The issuer is read from the running application's configuration on every call, never from state shared with
 * the test resource: Quarkus loads test classes and test resources in different class loaders.
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** A token of the person {@code username} with {@code roles} in {@code realm_access.roles}. */
    public static String staff(String username, String... roles) {
        return tokenClient().userToken(username, Set.of(roles));
    }

    /**
     * A token of the machine client {@code clientId} (as Keycloak issues to a service account) with {@code roles}
     * in {@code realm_access.roles}.
     */
    public static String client(String clientId, String... roles) {
        return tokenClient().clientToken(clientId, Set.of(roles));
    }

    private static OidcTokenClient tokenClient() {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return new OidcTokenClient(URI.create(issuer));
    }
}
