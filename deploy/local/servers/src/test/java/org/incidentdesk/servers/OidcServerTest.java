package org.incidentdesk.servers;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OidcServerTest {

    private static OidcServer oidc;

    @BeforeAll
    static void startOidcServer() {
        oidc = OidcServer.start(null, 0);
    }

    @AfterAll
    static void stopOidcServer() {
        oidc.close();
    }

    @Test
    void issuesSignedUserTokensWithKeycloakShapedRoles() throws Exception {
        String token = oidc.tokenFor("alice", Set.of("incident-responder", "case-admin"));

        JsonNode claims = Jwt.claims(token);
        assertEquals(oidc.issuerUrl().toString(), claims.path("iss").asText());
        assertEquals("alice", claims.path("sub").asText());
        assertEquals("alice", claims.path("preferred_username").asText());
        assertEquals(List.of("case-admin", "incident-responder"), roles(claims));
        assertTrue(Jwt.isSignedByIssuer(token, jwksUri()));
    }

    @Test
    void issuesClientTokensShapedLikeServiceAccountTokens() throws Exception {
        String token = oidc.clientCredentialsToken("routing-service", Set.of("incident-router"));

        JsonNode claims = Jwt.claims(token);
        assertEquals("routing-service", claims.path("sub").asText());
        assertEquals("routing-service", claims.path("azp").asText());
        assertEquals("routing-service", claims.path("client_id").asText());
        assertEquals("service-account-routing-service", claims.path("preferred_username").asText());
        assertEquals(List.of("incident-router"), roles(claims));
        assertTrue(Jwt.isSignedByIssuer(token, jwksUri()));
    }

    @Test
    void issuesTokensWithoutRoles() throws Exception {
        assertEquals(List.of(), roles(Jwt.claims(oidc.tokenFor("bob", Set.of()))));
    }

    private static URI jwksUri() {
        return URI.create(oidc.issuerUrl() + "/jwks");
    }

    private static List<String> roles(JsonNode claims) {
        JsonNode roles = claims.path("realm_access").path("roles");
        assertTrue(roles.isArray(), "realm_access.roles is not an array: " + claims);
        return StreamSupport.stream(roles.spliterator(), false).map(JsonNode::asText).toList();
    }
}
