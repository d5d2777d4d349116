package org.incidentdesk.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.TestTokens;

/** What the conduct case tests share: opening a case through Kafka, the IRT directory, sub-teams, moves. */
final class ConductCases {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String LEAD_NAME = "lena";

    private ConductCases() {
    }

    /** An IRT lead's token: leads see every conduct case and form sub-teams. */
    static String lead() {
        return TestTokens.staff(LEAD_NAME, "irt-lead", "irt-member");
    }

    static String member(String username) {
        return TestTokens.staff(username, "irt-member");
    }

    /** Sends a conduct report routed to the IRT and waits until its case is open and an IRT lead sees it. */
    static CaseOpened open(boolean reportedPartyMayBeTold) {
        ReportSubmitted report = new ReportSubmitted(UUID.randomUUID(), ReportKind.CONDUCT, null, null,
                ReportSource.COMMUNITY_MEMBER, "en.example", null, null, null, "en", true, reportedPartyMayBeTold,
                Instant.now());
        return open(new ReportRouted(report.reportId(), Route.CONDUCT_CASE, "handed-to-irt", "reason", report),
                lead());
    }

    /** Sends the routed report and waits until its case is open and visible with the token. */
    static CaseOpened open(ReportRouted routed, String token) {
        KafkaTestClient.send(Topics.REPORT_ROUTED, routed.aggregateId(),
                EventCodec.encode(EventEnvelope.wrap(routed, Instant.now())));
        CaseOpened opened = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.CASE_OPENED,
                value -> value.contains(routed.reportId().toString()), TIMEOUT), CaseOpened.class).payload();
        await().atMost(TIMEOUT).untilAsserted(() -> given().auth().oauth2(token).get("/api/cases/" + opened.caseId())
                .then().statusCode(200));
        return opened;
    }

    /** Adds IRT members with unique names, one per time zone given, and returns their names. */
    static List<String> irtMembers(String... timeZones) {
        String prefix = "irt-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        return IntStream.range(0, timeZones.length).mapToObj(i -> {
            String name = prefix + i;
            given().auth().oauth2(lead()).contentType(ContentType.JSON)
                    .body(Map.of("timeZone", timeZones[i], "active", true))
                    .put("/api/irt/members/" + name).then().statusCode(200);
            return name;
        }).toList();
    }

    static ValidatableResponse formSubTeam(UUID caseId, List<String> members) {
        return given().auth().oauth2(lead()).contentType(ContentType.JSON).body(Map.of("members", members))
                .put("/api/cases/" + caseId + "/sub-team").then();
    }

    static ValidatableResponse addParty(UUID caseId, String role, String username, String timeZone) {
        Map<String, Object> body = new HashMap<>();
        body.put("role", role);
        body.put("username", username);
        if (timeZone != null) {
            body.put("timeZone", timeZone);
        }
        return given().auth().oauth2(lead()).contentType(ContentType.JSON).body(body)
                .post("/api/cases/" + caseId + "/parties").then();
    }

    static ValidatableResponse move(String token, UUID caseId, String to, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (note != null) {
            body.put("note", note);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/cases/" + caseId + "/transitions").then();
    }
}
