package org.incidentdesk.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.OpenApiBodies;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/**
 * Every operation of routing's OpenAPI document that takes a JSON body (the community configuration) gets bodies
 * built from its schema and mutated, with the director's token: every answer below 500, every refusal a
 * problem+json body, and whatever was accepted is still readable afterwards.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = KafkaTestResource.TOPICS,
        value = RoutingTopics.PARTITIONED))
@WithTestResource(OidcTestResource.class)
class OpenApiFuzzTest {

    private static final int BODIES_PER_OPERATION = 300;
    private static final String COMMUNITY = "fuzzed.example";

    @Test
    void noBodyMakesAnyOperationFail() {
        OpenApiBodies bodies = new OpenApiBodies(given().get("/q/openapi?format=json").asString(), 20261121);
        String director = TestTokens.staff("dana", "director");
        List<String> tried = new ArrayList<>();
        for (OpenApiBodies.Operation operation : bodies.operationsTakingJson()) {
            String url = operation.path().replace("{community}", COMMUNITY);
            for (int i = 0; i < BODIES_PER_OPERATION; i++) {
                String body = bodies.body(operation, i);
                Response response = given().auth().oauth2(director).contentType("application/json").body(body)
                        .request(operation.method(), url);
                OpenApiBodies.requireCleanAnswer(response.statusCode(), response.contentType(), url, body);
            }
            tried.add(operation.method() + " " + url);
        }
        assertThat(tried).contains("put /api/routing/communities/" + COMMUNITY);
        given().auth().oauth2(director).get("/api/routing/communities/" + COMMUNITY + "/versions")
                .then().statusCode(200);
        given().auth().oauth2(director).get("/api/routing/communities").then().statusCode(200);
    }
}
