package org.incidentdesk.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.OpenApiBodies;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/**
 * Walks the service's own OpenAPI document: every operation that takes a JSON body gets bodies built from its
 * schema and mutated ({@link OpenApiBodies}), sent with a token that passes the operation's role check; every
 * answer must be below 500, and every refusal a problem+json body. The seed is fixed, so a failure can be replayed.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class OpenApiFuzzTest {

    private static final int BODIES_PER_OPERATION = 150;

    @Test
    void noBodyMakesAnyOperationFail() {
        OpenApiBodies bodies = new OpenApiBodies(given().get("/q/openapi?format=json").asString(), 20261121);
        List<String> tried = new ArrayList<>();
        for (OpenApiBodies.Operation operation : bodies.operationsTakingJson()) {
            String url = operation.path().replace("{id}", "00000000-0000-0000-0000-000000000001")
                    .replace("{source}", "prometheus");
            for (int i = 0; i < BODIES_PER_OPERATION; i++) {
                send(operation.method(), url, bodies.body(operation, i));
            }
            tried.add(url);
        }
        assertThat(tried).contains("/api/reports", "/api/reports/on-behalf", "/api/reports/declared");
    }

    private static void send(String method, String url, String body) {
        Response response = (url.contains("/alerts/")
                ? given().header("Authorization", "Secret test-alertmanager-secret")
                : given().auth().oauth2(tokenFor(url)))
                .contentType("application/json").body(body).request(method, url);
        OpenApiBodies.requireCleanAnswer(response.statusCode(), response.contentType(), url, body);
    }

    private static String tokenFor(String url) {
        if (url.endsWith("/on-behalf")) {
            return TestTokens.client("wiki", "reporting-client");
        }
        return TestTokens.staff("dana", "director", "trust-and-safety");
    }
}
