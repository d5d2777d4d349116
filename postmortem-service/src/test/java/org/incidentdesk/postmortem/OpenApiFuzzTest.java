package org.incidentdesk.postmortem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.OpenApiBodies;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/**
 * Every operation of the post-mortem API that takes a JSON body gets bodies built from its schema and mutated,
 * with the director's token: every answer below 500, every refusal a problem+json body, the report still readable.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
@WithTestResource(CaseServiceStub.class)
class OpenApiFuzzTest {

    private static final int BODIES_PER_OPERATION = 60;

    @Test
    void noBodyMakesAnyOperationFail() {
        String director = TestTokens.staff("dana", "director");
        String report = given().auth().oauth2(director).contentType(ContentType.JSON)
                .body(Map.of("title", "Fuzzed")).post("/api/postmortems").then().statusCode(201).extract().path("id");
        OpenApiBodies bodies = new OpenApiBodies(given().get("/q/openapi?format=json").asString(), 20261122);
        List<String> tried = new ArrayList<>();
        for (OpenApiBodies.Operation operation : bodies.operationsTakingJson()) {
            String url = operation.path().replace("{id}", report).replace("{itemId}", UUID.randomUUID().toString());
            for (int i = 0; i < BODIES_PER_OPERATION; i++) {
                String body = bodies.body(operation, i);
                Response response = given().auth().oauth2(director).contentType("application/json").body(body)
                        .request(operation.method(), url);
                OpenApiBodies.requireCleanAnswer(response.statusCode(), response.contentType(), operation.method() + " " + url, body);
            }
            tried.add(operation.method() + " " + operation.path());
        }
        assertThat(tried).contains("put /api/postmortems/{id}", "post /api/postmortems/{id}/action-items",
                "put /api/postmortems/{id}/classification");
        given().auth().oauth2(director).get("/api/postmortems/" + report).then().statusCode(200);
        given().get("/api/public/postmortems/statistics").then().statusCode(200);
    }
}
