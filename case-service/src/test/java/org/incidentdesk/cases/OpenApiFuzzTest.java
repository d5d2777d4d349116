package org.incidentdesk.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.OpenApiBodies;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/**
 * Every operation of the case API that takes a JSON body gets bodies built from its schema and mutated, on a
 * conduct case and on an outage, with the director's token: every answer below 500, every refusal a
 * problem+json body, and both cases still readable afterwards.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class OpenApiFuzzTest {

    private static final int BODIES_PER_OPERATION = 60;

    @Test
    void noBodyMakesAnyOperationFail() {
        String director = TestTokens.staff("dana", "director");
        UUID conduct = ConductCases.open(true).caseId();
        UUID outage = ConductCases.open(outageReport(), director).caseId();
        String member = ConductCases.irtMembers("Europe/Berlin").get(0);
        OpenApiBodies bodies = new OpenApiBodies(given().get("/q/openapi?format=json").asString(), 20261121);
        List<String> tried = new ArrayList<>();
        for (UUID caseId : List.of(conduct, outage)) {
            for (OpenApiBodies.Operation operation : bodies.operationsTakingJson()) {
                String url = operation.path().replace("{id}", caseId.toString()).replace("{username}", member)
                        .replace("{role}", "COMMUNICATOR").replace("{service}", "MediaWiki")
                        .replace("{deadlineId}", UUID.randomUUID().toString());
                for (int i = 0; i < BODIES_PER_OPERATION; i++) {
                    String body = bodies.body(operation, i);
                    Response response = given().auth().oauth2(director).contentType("application/json").body(body)
                            .request(operation.method(), url);
                    OpenApiBodies.requireCleanAnswer(response.statusCode(), response.contentType(), operation.method() + " " + url, body);
                }
                tried.add(operation.method() + " " + operation.path());
            }
        }
        assertThat(tried).contains("put /api/cases/{id}/sub-team", "post /api/cases/{id}/decision",
                "put /api/irt/members/{username}", "put /api/cases/{id}/impact");
        given().auth().oauth2(director).get("/api/cases/" + conduct).then().statusCode(200);
        given().auth().oauth2(director).get("/api/cases/" + outage + "/timeline").then().statusCode(200);
    }

    private static ReportRouted outageReport() {
        ReportSubmitted report = new ReportSubmitted(UUID.randomUUID(), ReportKind.OUTAGE, null, null,
                ReportSource.STAFF, "en.example", "MediaWiki", null, null, "en", true, false, Instant.now());
        return new ReportRouted(report.reportId(), Route.OUTAGE, "rule", "reason", report);
    }
}
