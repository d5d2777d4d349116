package org.incidentdesk.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.incidentdesk.events.CaseBanExpired;
import org.incidentdesk.events.CaseDecisionIssued;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;

/** A conduct case from receipt to its decision, and a temporary ban whose end is announced. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class CaseDecisionTest {

    @Test
    void aCaseClosesWithTheDecisionItsSubTeamIssuedAndATemporaryBanEnds() {
        UUID caseId = ConductCases.open(true).caseId();
        List<String> team = ConductCases.irtMembers("Europe/Berlin", "Europe/Berlin", "Europe/Berlin");
        String member = ConductCases.member(team.get(0));
        ConductCases.move(ConductCases.lead(), caseId, "ASSESSING", null).statusCode(200);
        ConductCases.formSubTeam(caseId, team).statusCode(200);
        ConductCases.move(member, caseId, "INVESTIGATING", null).statusCode(200);
        issue(member, caseId, "WARNING", "Please stop", null).statusCode(409)
                .body("detail", containsString("while the case is DECIDING"));
        ConductCases.move(member, caseId, "DECIDING", null).statusCode(200);
        ConductCases.move(member, caseId, "CLOSED_WITH_DECISION", "Closed").statusCode(409)
                .body("detail", containsString("issue it before closing"));

        issue(member, caseId, "TEMPORARY_BAN", "You are banned for a short while", null).statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("endsAt"));
        issue(member, caseId, "WARNING", "Please stop", Instant.now().plusSeconds(60)).statusCode(400)
                .body("violations.field", hasItem("endsAt"));
        issue(member, caseId, "BANISHMENT", "x", null).statusCode(400);
        issue(member, caseId, "TEMPORARY_BAN", " ", Instant.now().plusSeconds(60)).statusCode(400);
        Instant endsAt = Instant.now().plusSeconds(3);
        issue(member, caseId, "TEMPORARY_BAN", "You are banned for a short while", endsAt).statusCode(201)
                .body("kind", equalTo("TEMPORARY_BAN")).body("issuedBy", equalTo(team.get(0)));
        issue(member, caseId, "WARNING", "Twice", null).statusCode(409);

        CaseDecisionIssued issued = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.CASE_DECISION_ISSUED,
                value -> value.contains(caseId.toString()), ConductCases.TIMEOUT), CaseDecisionIssued.class).payload();
        assertThat(issued.decision()).isEqualTo("TEMPORARY_BAN");
        assertThat(issued.endsAt()).isEqualTo(endsAt);
        assertThat(KafkaTestClient.awaitFirst(Topics.CASE_DECISION_ISSUED, value -> value.contains(caseId.toString()),
                ConductCases.TIMEOUT)).as("the response plan stays in case-service").doesNotContain("banned");

        ConductCases.move(member, caseId, "INVESTIGATING", null).statusCode(409);
        ConductCases.move(member, caseId, "CLOSED_WITH_DECISION", "Decision issued; the parties were told")
                .statusCode(200).body("status", equalTo("CLOSED_WITH_DECISION"));

        CaseBanExpired ended = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.CASE_BAN_EXPIRED,
                value -> value.contains(caseId.toString()), ConductCases.TIMEOUT), CaseBanExpired.class).payload();
        assertThat(ended.decisionId()).isEqualTo(issued.decisionId());
        await().atMost(ConductCases.TIMEOUT).untilAsserted(() -> given().auth().oauth2(ConductCases.lead())
                .get("/api/cases/" + caseId + "/decision").then().statusCode(200)
                .body("expiredAt", notNullValue()).body("responsePlan", equalTo("You are banned for a short while")));
        given().auth().oauth2(ConductCases.member("irene")).get("/api/cases/" + caseId + "/decision")
                .then().statusCode(403);
    }

    private static ValidatableResponse issue(String token, UUID caseId, String kind, String plan, Instant endsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("responsePlan", plan);
        if (endsAt != null) {
            body.put("endsAt", endsAt.toString());
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/cases/" + caseId + "/decision").then();
    }
}
