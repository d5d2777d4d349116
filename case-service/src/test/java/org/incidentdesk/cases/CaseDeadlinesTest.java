package org.incidentdesk.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.incidentdesk.events.CaseDeadlineChanged;
import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/** The deadlines of conduct cases (in tests the reply is due 3 s after receipt; the real default is 3 days). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class CaseDeadlinesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final String irt = ConductCases.lead();

    @Test
    void aReplyNotSentInTimeIsRecordedAndAnnouncedAsMissed() {
        CaseOpened opened = openConductCase();
        String path = "/api/cases/" + opened.caseId();

        await().atMost(TIMEOUT).untilAsserted(() -> deadlines(path).body("", hasSize(1))
                .body("[0].kind", equalTo("REPLY_TO_REPORTER")).body("[0].status", equalTo("MISSED")));
        CaseDeadlineChanged missed = awaitDeadlineEvent(opened.caseId(), "MISSED");
        assertThat(missed.kind()).isEqualTo("REPLY_TO_REPORTER");
        assertThat(missed.confidential()).isTrue();
    }

    @Test
    void investigatingOwesAnUpdateEveryFortnightAndMeetingOneSetsTheNext() {
        CaseOpened opened = openConductCase();
        String path = "/api/cases/" + opened.caseId();
        move(path, "ASSESSING");
        given().auth().oauth2(irt).contentType(ContentType.JSON).body(Map.of("to", "INVESTIGATING"))
                .post(path + "/transitions").then().statusCode(409)
                .body("detail", containsString("form it before investigating"));
        Instant formed = Instant.now();
        ConductCases.formSubTeam(opened.caseId(), ConductCases.irtMembers("Europe/Berlin", "Europe/Paris",
                "Europe/London")).statusCode(200);
        Instant notifyBy = Instant.parse(deadlines(path).extract().path("find { it.kind == 'NOTIFY_PARTIES' }.dueAt"));
        assertThat(Duration.between(formed, notifyBy)).isBetween(Duration.ofDays(7).minusMinutes(1),
                Duration.ofDays(7).plusMinutes(1));
        Instant investigating = Instant.now();
        move(path, "INVESTIGATING");

        String updateId = deadlines(path).extract().path("find { it.kind == 'STATUS_UPDATE' }.id");
        Instant due = Instant.parse(deadlines(path).extract().path("find { it.kind == 'STATUS_UPDATE' }.dueAt"));
        assertThat(Duration.between(investigating, due)).isBetween(Duration.ofDays(14).minusMinutes(1),
                Duration.ofDays(14).plusMinutes(1));

        given().auth().oauth2(irt).post(path + "/deadlines/" + updateId + "/met")
                .then().statusCode(200).body("status", equalTo("MET")).body("metBy", equalTo(ConductCases.LEAD_NAME));
        given().auth().oauth2(irt).post(path + "/deadlines/" + updateId + "/met")
                .then().statusCode(409).contentType("application/problem+json");
        deadlines(path).body("findAll { it.kind == 'STATUS_UPDATE' }.status", equalTo(List.of("MET", "PENDING")));

        move(path, "DECIDING");
        deadlines(path).body("findAll { it.kind == 'STATUS_UPDATE' }.status", equalTo(List.of("MET")));
        awaitDeadlineEvent(opened.caseId(), "CANCELLED");
        given().auth().oauth2(irt).post(path + "/deadlines/" + UUID.randomUUID() + "/met")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staff("ian", "infrastructure-specialist")).get(path + "/deadlines")
                .then().statusCode(404);
    }

    private ValidatableResponse deadlines(String path) {
        return given().auth().oauth2(irt).get(path + "/deadlines").then().statusCode(200);
    }

    private void move(String path, String to) {
        given().auth().oauth2(irt).contentType(ContentType.JSON).body(Map.of("to", to))
                .post(path + "/transitions").then().statusCode(200);
    }

    private CaseOpened openConductCase() {
        return ConductCases.open(false);
    }

    private static CaseDeadlineChanged awaitDeadlineEvent(UUID caseId, String outcome) {
        return EventCodec.decode(KafkaTestClient.awaitFirst(Topics.CASE_DEADLINE_CHANGED,
                value -> value.contains(caseId.toString()) && value.contains("\"outcome\":\"" + outcome + "\""),
                TIMEOUT), CaseDeadlineChanged.class).payload();
    }
}
