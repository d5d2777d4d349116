package org.incidentdesk.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.CaseTimelineEntryAdded;
import org.incidentdesk.events.ChatLineLogged;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.IncidentDeskEvent;
import org.incidentdesk.events.OutageAlertResolved;
import org.incidentdesk.events.OutageIncidentLink;
import org.incidentdesk.events.OutageScope;
import org.incidentdesk.events.OutageSeverity;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/** An outage as its responders work it: the timeline (staff, state changes, !log lines, alerts), services, impact. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class IncidentOperationsTest {

    private final String infra = TestTokens.staff("ian", "infrastructure-specialist");

    @Inject
    EntityManager database;

    @Test
    void theTimelineGathersStaffNotesStateChangesChatLinesAndResolvedAlerts() {
        UUID outageIncident = UUID.randomUUID();
        CaseOpened opened = ConductCases.open(outage(outageIncident), infra);
        String path = "/api/cases/" + opened.caseId();
        ConductCases.move(infra, opened.caseId(), "INVESTIGATING", "Looking at the load balancers").statusCode(200);
        given().auth().oauth2(infra).contentType(ContentType.JSON).body(Map.of("text", "Varnish hit rate fell to 3%"))
                .post(path + "/timeline").then().statusCode(201).body("kind", equalTo("NOTE"));
        given().auth().oauth2(infra).contentType(ContentType.JSON).body(Map.of("text", " "))
                .post(path + "/timeline").then().statusCode(400).contentType("application/problem+json");

        ChatLineLogged line = new ChatLineLogged(UUID.randomUUID(), "#incident-desk-ops", "ian_",
                opened.reference() + " depooled cp3050", Instant.now());
        publish(Topics.CHAT_LINE_LOGGED, line);
        publish(Topics.CHAT_LINE_LOGGED, line); // heard by a second notification-service replica: the same line id
        publish(Topics.OUTAGE_ALERT_RESOLVED, new OutageAlertResolved(outageIncident, UUID.randomUUID(), "prometheus",
                "VarnishDown", Instant.now()));

        await().atMost(ConductCases.TIMEOUT).untilAsserted(() -> given().auth().oauth2(infra).get(path + "/timeline")
                .then().statusCode(200)
                .body("kind", equalTo(List.of("ROLE_HAND_OFF", "ROLE_HAND_OFF", "STATE_CHANGE", "NOTE", "CHAT_LOG",
                        "ALERT_RESOLVED")))
                .body("[2].text", equalTo("OPEN -> INVESTIGATING: Looking at the load balancers"))
                .body("[4].author", equalTo("ian_"))
                .body("[4].text", equalTo(opened.reference() + " depooled cp3050"))
                .body("[5].text", equalTo("Alert VarnishDown resolved")));
        String added = KafkaTestClient.awaitFirst(Topics.CASE_TIMELINE_ENTRY_ADDED,
                value -> value.contains(opened.caseId().toString()) && value.contains("CHAT_LOG"), ConductCases.TIMEOUT);
        assertThat(EventCodec.decode(added, CaseTimelineEntryAdded.class).payload().author()).isEqualTo("ian_");
        assertThat(added).as("entries travel without their text").doesNotContain("cp3050");
    }

    @Test
    void theTimelineIsAppendOnlyInTheDatabaseItself() {
        CaseOpened opened = ConductCases.open(outage(UUID.randomUUID()), infra);
        given().auth().oauth2(infra).contentType(ContentType.JSON).body(Map.of("text", "First look"))
                .post("/api/cases/" + opened.caseId() + "/timeline").then().statusCode(201);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> database
                .createNativeQuery("update case_timeline_entry set text = 'rewritten' where case_id = :id")
                .setParameter("id", opened.caseId()).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> database
                .createNativeQuery("delete from case_timeline_entry where case_id = :id")
                .setParameter("id", opened.caseId()).executeUpdate()))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void eachAffectedServiceHasAStateOverTimeAndTheImpactIsPerTypeOfUser() {
        CaseOpened opened = ConductCases.open(outage(UUID.randomUUID()), infra);
        String path = "/api/cases/" + opened.caseId();
        setService(path, "varnish", "DOWN").statusCode(200);
        setService(path, "Varnish", "PARTIAL").statusCode(200);
        setService(path, "MediaWiki", "UP").statusCode(200)
                .body("current", equalTo(Map.of("Varnish", "PARTIAL", "MediaWiki", "UP")))
                .body("history", hasSize(3)).body("history[0].state", equalTo("DOWN"));
        setService(path, "Gopher", "DOWN").statusCode(400).body("violations.field", hasItem("service"));
        setService(path, "Varnish", "BURNING").statusCode(400);
        given().auth().oauth2(infra).get("/api/services").then().statusCode(200).body("", hasItem("Memcached"));

        given().auth().oauth2(infra).contentType(ContentType.JSON)
                .body(Map.of("impacts", Map.of("READERS", "Pages load in 20 s", "EDITORS", "Saving fails"),
                        "contributionsRejected", "About 300 edits between 10:02 and 10:40"))
                .put(path + "/impact").then().statusCode(200)
                .body("impacts.EDITORS", equalTo("Saving fails"))
                .body("contributionsRejected", equalTo("About 300 edits between 10:02 and 10:40"));
        given().auth().oauth2(infra).contentType(ContentType.JSON)
                .body(Map.of("impacts", Map.of("ADMINISTRATORS", "Cannot block")))
                .put(path + "/impact").then().statusCode(200)
                .body("impacts", equalTo(Map.of("ADMINISTRATORS", "Cannot block")))
                .body("contributionsRejected", equalTo(null));
        given().auth().oauth2(infra).contentType(ContentType.JSON).body(Map.of("impacts", Map.of("ROBOTS", "x")))
                .put(path + "/impact").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(infra).get(path + "/timeline").then().statusCode(200)
                .body("findAll { it.kind == 'SERVICE_STATE' }.text",
                        equalTo(List.of("Varnish is DOWN", "Varnish is PARTIAL", "MediaWiki is UP")));

        String postmortemService = TestTokens.client("postmortem-service", "incident-reader");
        given().auth().oauth2(postmortemService).get(path + "/incident-record").then().statusCode(200)
                .body("reference", equalTo(opened.reference()))
                .body("serviceStates.state", equalTo(List.of("DOWN", "PARTIAL", "UP")))
                .body("impacts[0].userType", equalTo("ADMINISTRATORS"))
                .body("timeline.kind", hasItem("SERVICE_STATE"));
        given().auth().oauth2(infra).get(path + "/incident-record").then().statusCode(403);
        given().auth().oauth2(postmortemService).get(path).then().statusCode(403);
        given().auth().oauth2(postmortemService).get("/api/cases/" + ConductCases.open(true).caseId()
                + "/incident-record").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void evidenceAndInterviewNotesBelongToConductCases() {
        UUID caseId = ConductCases.open(true).caseId();
        String path = "/api/cases/" + caseId;
        String partyId = ConductCases.addParty(caseId, "WITNESS", "Witness-" + UUID.randomUUID(), null)
                .statusCode(201).extract().path("id");
        given().auth().oauth2(ConductCases.lead()).contentType(ContentType.JSON)
                .body(Map.of("description", "The diff that published the address",
                        "link", "https://en.example/w/index.php?diff=123"))
                .post(path + "/evidence").then().statusCode(201);
        given().auth().oauth2(ConductCases.lead()).contentType(ContentType.JSON)
                .body(Map.of("description", "x", "link", "javascript:alert(1)"))
                .post(path + "/evidence").then().statusCode(400).body("violations.field", hasItem("link"));
        given().auth().oauth2(ConductCases.lead()).contentType(ContentType.JSON)
                .body(Map.of("partyId", partyId, "text", "Saw the edit before it was hidden"))
                .post(path + "/interview-notes").then().statusCode(201).body("partyId", equalTo(partyId));
        given().auth().oauth2(ConductCases.lead()).contentType(ContentType.JSON)
                .body(Map.of("partyId", UUID.randomUUID().toString(), "text", "Nobody"))
                .post(path + "/interview-notes").then().statusCode(400).body("violations.field", hasItem("partyId"));

        given().auth().oauth2(ConductCases.lead()).get(path + "/evidence").then().statusCode(200).body("", hasSize(1));
        given().auth().oauth2(ConductCases.lead()).get(path + "/interview-notes").then().statusCode(200)
                .body("[0].text", equalTo("Saw the edit before it was hidden"));
        given().auth().oauth2(TestTokens.staff("dora", "director")).get(path + "/access-log").then().statusCode(200)
                .body("action", hasItem("read interview notes")).body("reader", hasItem(ConductCases.LEAD_NAME));
    }

    private io.restassured.response.ValidatableResponse setService(String path, String service, String state) {
        return given().auth().oauth2(infra).contentType(ContentType.JSON).body(Map.of("state", state))
                .put(path + "/services/" + service).then();
    }

    private static ReportRouted outage(UUID outageIncident) {
        ReportSubmitted report = new ReportSubmitted(UUID.randomUUID(), ReportKind.OUTAGE, null, null,
                ReportSource.MONITORING_ALERT, "en.example", "Varnish", null, "VarnishDown", "en", false, false,
                Instant.now());
        return new ReportRouted(report.reportId(), Route.OUTAGE, "outage", "reason", report, 0, null, null,
                new OutageIncidentLink(outageIncident, true, 1, OutageSeverity.HIGH, OutageScope.ONE_COMMUNITY));
    }

    private static void publish(String topic, IncidentDeskEvent event) {
        KafkaTestClient.send(topic, event.aggregateId(), EventCodec.encode(EventEnvelope.wrap(event, Instant.now())));
    }
}
