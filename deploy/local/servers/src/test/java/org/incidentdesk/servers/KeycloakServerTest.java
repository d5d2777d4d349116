package org.incidentdesk.servers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slow (unpacks ~160 MB and builds Keycloak): run with {@code -Dservers.keycloak=true}. */
@EnabledIfSystemProperty(named = "servers.keycloak", matches = "true")
class KeycloakServerTest {

    private static final String REALM = "incident-desk-test";

    @Test
    void servesTheImportedRealmAndIssuesTokensWithRealmRoles() throws Exception {
        try (KeycloakServer keycloak = KeycloakServer.start(null, 0, realmFile())) {
            HttpClient http = HttpClient.newHttpClient();
            URI issuer = keycloak.issuerUrl(REALM);

            URI discoveryUri = URI.create(issuer + "/.well-known/openid-configuration");
            JsonNode discovery = json(http.send(HttpRequest.newBuilder(discoveryUri).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertEquals(issuer.toString(), discovery.path("issuer").asText());

            HttpResponse<String> tokenResponse = http.send(HttpRequest.newBuilder(
                            URI.create(discovery.path("token_endpoint").asText()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=password&client_id=incident-desk-tests&username=alice&password=alice"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, tokenResponse.statusCode(), tokenResponse.body());
            JsonNode claims = Jwt.claims(json(tokenResponse.body()).path("access_token").asText());
            assertEquals("alice", claims.path("preferred_username").asText());
            assertTrue(claims.path("realm_access").path("roles").toString().contains("incident-responder"),
                    claims.toString());

            HttpResponse<Void> admin = http.send(HttpRequest.newBuilder(keycloak.adminUrl()).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(200, admin.statusCode());
        }
    }

    private static Path realmFile() throws URISyntaxException {
        return Path.of(KeycloakServerTest.class.getResource("/keycloak-test-realm.json").toURI());
    }

    private static JsonNode json(String body) throws Exception {
        return new ObjectMapper().readTree(body);
    }
}
