package org.incidentdesk.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

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

import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.CasePartyMessageRequested;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.NotificationDeliveryOutcome;
import org.incidentdesk.events.NotificationDeliveryOutcome.Outcome;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/**
 * The saved replies of the conduct process: each to the party it is for, at the moment it is for; the letter only
 * for notification-service; and, once delivered, on the timeline and meeting the deadline it answers.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class PartyMessageTest {

    private static final String NOTIFIER = TestTokens.client("notification-service", "contact-reader");

    @Test
    void eachReplyGoesToItsPartyAtItsMomentAndOnlyNotificationServiceReadsTheLetter() {
        UUID caseId = ConductCases.open(false).caseId();
        String lead = ConductCases.lead();
        String explanation = "Marker-" + UUID.randomUUID() + ": the edit summary was rude, not harassment";

        send(lead, caseId, Map.of("reply", "NOT_A_VIOLATION")).statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("text"));
        send(lead, caseId, Map.of("reply", "STATUS_UPDATE", "text", "Still looking")).statusCode(400)
                .body("violations.field", hasItem("to"));
        send(lead, caseId, Map.of("reply", "STATUS_UPDATE", "to", "REPORTER", "text", "Still looking"))
                .statusCode(409).body("detail", containsString("while it is INVESTIGATING"));
        send(lead, caseId, Map.of("reply", "ACKNOWLEDGEMENT", "to", "REPORTED_PARTY")).statusCode(400)
                .body("violations.field", hasItem("to"));
        send(lead, caseId, Map.of("reply", "REPORTED_PARTY_NOTICE")).statusCode(400)
                .body("violations.field", hasItem("partyId"));
        addParty(caseId, "REPORTED_PARTY", "Troll", "troll@example.org", null).statusCode(201);
        send(lead, caseId, Map.of("reply", "REPORTED_PARTY_NOTICE")).statusCode(409)
                .body("detail", containsString("did not agree"));
        send(lead, caseId, Map.of("reply", "RESPONSE_PLAN")).statusCode(409)
                .body("detail", containsString("no decision yet"));
        send(lead, caseId, Map.of("reply", "FAREWELL")).statusCode(400);
        send(ConductCases.member("irene"), caseId, Map.of("reply", "ACKNOWLEDGEMENT")).statusCode(403);

        String messageId = send(lead, caseId, Map.of("reply", "NOT_A_VIOLATION", "text", explanation))
                .statusCode(201).body("to", equalTo("REPORTER")).body("partyId", nullValue())
                .body("status", equalTo("REQUESTED")).extract().path("id");

        String requested = KafkaTestClient.awaitFirst(Topics.CASE_PARTY_MESSAGE_REQUESTED,
                value -> value.contains(messageId), ConductCases.TIMEOUT);
        assertThat(requested).as("the words stay in case-service").doesNotContain("Marker-");
        CasePartyMessageRequested event = EventCodec.decode(requested, CasePartyMessageRequested.class).payload();
        assertThat(event.reply()).isEqualTo("NOT_A_VIOLATION");
        assertThat(event.recipient()).isEqualTo("REPORTER");

        String letter = "/api/cases/" + caseId + "/messages/" + messageId + "/letter";
        given().auth().oauth2(lead).get(letter).then().statusCode(403);
        given().get(letter).then().statusCode(401);
        given().auth().oauth2(NOTIFIER).get(letter).then().statusCode(200)
                .body("text", equalTo(explanation)).body("reportId", equalTo(reportIdOf(caseId))).body("email", nullValue()).body("reply", equalTo("NOT_A_VIOLATION"));
        given().auth().oauth2(NOTIFIER).get("/api/cases/" + caseId + "/messages/" + UUID.randomUUID() + "/letter")
                .then().statusCode(404);
        given().auth().oauth2(lead).get("/api/cases/" + caseId + "/access-log").then().statusCode(200)
                .body("action", hasItem("read NOT_A_VIOLATION to send it"));
        given().auth().oauth2(lead).get("/api/cases/" + caseId + "/messages").then().statusCode(200)
                .body("", hasSize(1)).body("[0].text", equalTo(explanation));
    }

    @Test
    void deliveredRepliesJoinTheTimelineAndMeetTheDeadlinesTheyAnswer() {
        CaseOpened opened = ConductCases.open(true);
        UUID caseId = opened.caseId();
        List<String> team = ConductCases.irtMembers("Europe/Berlin", "Europe/Berlin", "Europe/Berlin");
        String member = ConductCases.member(team.get(0));
        ConductCases.move(ConductCases.lead(), caseId, "ASSESSING", null).statusCode(200);
        ConductCases.formSubTeam(caseId, team).statusCode(200);
        String partyId = addParty(caseId, "REPORTED_PARTY", "Troll", "troll@example.org", "de").statusCode(201)
                .extract().path("id");

        UUID nextSteps = UUID.fromString(send(member, caseId, Map.of("reply", "NEXT_STEPS",
                "text", "We will talk to both of you")).statusCode(201).extract().path("id"));
        EventEnvelope<NotificationDeliveryOutcome> sent = outcome(caseId, nextSteps, Outcome.SENT);
        publish(sent);
        publish(sent); // redelivered: changes nothing
        awaitMetByNotificationService(member, caseId, "REPLY_TO_REPORTER"); // due after 3 s in tests: met late
        assertThat(deadlineStatus(member, caseId, "NOTIFY_PARTIES")).as("the reported party is not told yet")
                .isEqualTo("PENDING");

        UUID notice = UUID.fromString(send(member, caseId, Map.of("reply", "REPORTED_PARTY_NOTICE")).statusCode(201)
                .body("partyId", equalTo(partyId)).extract().path("id"));
        given().auth().oauth2(NOTIFIER).get("/api/cases/" + caseId + "/messages/" + notice + "/letter").then()
                .statusCode(200).body("email", equalTo("troll@example.org")).body("language", equalTo("de"))
                .body("reportId", nullValue());
        publish(outcome(caseId, notice, Outcome.PARKED));
        await().atMost(ConductCases.TIMEOUT).untilAsserted(() -> messages(member, caseId)
                .body("find { it.id == '" + notice + "' }.status", equalTo("UNDELIVERED")));
        assertThat(deadlineStatus(member, caseId, "NOTIFY_PARTIES")).isEqualTo("PENDING");
        publish(outcome(caseId, notice, Outcome.SENT));
        awaitMetByNotificationService(member, caseId, "NOTIFY_PARTIES");
        assertThat(deadlineStatus(member, caseId, "NOTIFY_PARTIES")).isEqualTo("MET");

        ConductCases.move(member, caseId, "INVESTIGATING", null).statusCode(200);
        UUID toReporter = UUID.fromString(send(member, caseId, Map.of("reply", "STATUS_UPDATE", "to", "REPORTER",
                "text", "Interviews are under way")).statusCode(201).extract().path("id"));
        publish(outcome(caseId, toReporter, Outcome.SENT));
        await().atMost(ConductCases.TIMEOUT).untilAsserted(() -> messages(member, caseId)
                .body("find { it.id == '" + toReporter + "' }.status", equalTo("DELIVERED")));
        assertThat(deadlineStatus(member, caseId, "STATUS_UPDATE")).as("the reported party is owed one too")
                .isEqualTo("PENDING");
        UUID toThem = UUID.fromString(send(member, caseId, Map.of("reply", "STATUS_UPDATE", "to", "REPORTED_PARTY",
                "text", "Interviews are under way")).statusCode(201).extract().path("id"));
        publish(outcome(caseId, toThem, Outcome.SENT));
        await().atMost(ConductCases.TIMEOUT).untilAsserted(() -> given().auth().oauth2(member)
                .get("/api/cases/" + caseId + "/deadlines").then().statusCode(200)
                .body("findAll { it.kind == 'STATUS_UPDATE' }.status", equalTo(List.of("MET", "PENDING"))));

        given().auth().oauth2(member).get("/api/cases/" + caseId + "/timeline").then().statusCode(200)
                .body("findAll { it.kind == 'PARTY_MESSAGE' }.text", equalTo(List.of(
                        "Reporter notified: next steps",
                        "Reported party not reached yet: reported party notice (sent again once email works)",
                        "Reported party notified: reported party notice",
                        "Reporter notified: status update",
                        "Reported party notified: status update")));
    }

    private static ValidatableResponse send(String token, UUID caseId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/cases/" + caseId + "/messages").then();
    }

    private static ValidatableResponse messages(String token, UUID caseId) {
        return given().auth().oauth2(token).get("/api/cases/" + caseId + "/messages").then().statusCode(200);
    }

    private static ValidatableResponse addParty(UUID caseId, String role, String username, String email,
            String language) {
        Map<String, Object> body = new HashMap<>(Map.of("role", role, "username", username, "email", email));
        if (language != null) {
            body.put("language", language);
        }
        return given().auth().oauth2(ConductCases.lead()).contentType(ContentType.JSON).body(body)
                .post("/api/cases/" + caseId + "/parties").then();
    }

    private static String reportIdOf(UUID caseId) {
        return given().auth().oauth2(ConductCases.lead()).get("/api/cases/" + caseId).then().statusCode(200)
                .extract().path("reportId");
    }

    private static EventEnvelope<NotificationDeliveryOutcome> outcome(UUID caseId, UUID messageId, Outcome outcome) {
        return EventEnvelope.wrap(new NotificationDeliveryOutcome(1L, UUID.randomUUID(), "PARTY_EMAIL", "message",
                outcome, caseId, messageId, Instant.now()), Instant.now());
    }

    private static void publish(EventEnvelope<NotificationDeliveryOutcome> envelope) {
        KafkaTestClient.send(Topics.NOTIFICATION_DELIVERY_OUTCOME, envelope.payload().aggregateId(),
                EventCodec.encode(envelope));
    }

    private static String deadlineStatus(String token, UUID caseId, String kind) {
        return given().auth().oauth2(token).get("/api/cases/" + caseId + "/deadlines").then().statusCode(200)
                .extract().path("find { it.kind == '" + kind + "' }.status");
    }

    private static void awaitMetByNotificationService(String token, UUID caseId, String kind) {
        await().atMost(ConductCases.TIMEOUT).untilAsserted(() -> given().auth().oauth2(token)
                .get("/api/cases/" + caseId + "/deadlines").then().statusCode(200)
                .body("find { it.kind == '" + kind + "' }.metBy", equalTo("notification-service")));
    }
}
