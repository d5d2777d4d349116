package org.incidentdesk.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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

import org.incidentdesk.events.CaseClosed;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.CaseRoleHandedOff;
import org.incidentdesk.events.CaseSeverityChanged;
import org.incidentdesk.events.CaseStateChanged;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.OutageIncidentLink;
import org.incidentdesk.events.OutageScope;
import org.incidentdesk.events.OutageSeverity;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.Route;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class CaseTrackingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void anOutageOpensAnIncidentAndClosingItRequestsAPostmortem() {
        String infra = TestTokens.staff("ian", "infrastructure-specialist");
        ReportRouted routed = routed(ReportKind.OUTAGE, Route.OUTAGE);
        KafkaTestClient.send(Topics.REPORT_ROUTED, routed.aggregateId(), EventCodec.encode(EventEnvelope.wrap(routed, Instant.now())));

        CaseOpened opened = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.CASE_OPENED,
                value -> value.contains(routed.reportId().toString()), TIMEOUT), CaseOpened.class).payload();
        assertThat(opened.family()).isEqualTo(CaseFamily.OPERATIONAL);
        assertThat(opened.reference()).startsWith("INC-");
        assertThat(opened.confidential()).isFalse();
        assertThat(opened.title()).isEqualTo("Outage of MediaWiki on en.example");

        given().auth().oauth2(infra).get("/api/cases/" + opened.caseId())
                .then().statusCode(200).body("status", equalTo("OPEN")).body("title", equalTo("Outage of MediaWiki on en.example"));

        given().auth().oauth2(infra).contentType(ContentType.JSON).body(Map.of("resolution", "Restarted"))
                .post("/api/cases/" + opened.caseId() + "/closure")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedBy", equalTo("ian"));

        CaseClosed closed = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.CASE_CLOSED,
                value -> value.contains(opened.caseId().toString()), TIMEOUT), CaseClosed.class).payload();
        assertThat(closed.postmortemRequired()).isTrue();
        assertThat(closed.closedBy()).isEqualTo("ian");

        given().auth().oauth2(infra).contentType(ContentType.JSON).body(Map.of("resolution", "Again"))
                .post("/api/cases/" + opened.caseId() + "/closure")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aConductCaseIsConfidentialAndHiddenFromOperationsStaff() {
        ReportRouted routed = routed(ReportKind.CONDUCT, Route.CONDUCT_CASE);
        KafkaTestClient.send(Topics.REPORT_ROUTED, routed.aggregateId(), EventCodec.encode(EventEnvelope.wrap(routed, Instant.now())));

        CaseOpened opened = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.CASE_OPENED,
                value -> value.contains(routed.reportId().toString()), TIMEOUT), CaseOpened.class).payload();
        assertThat(opened.family()).isEqualTo(CaseFamily.CONDUCT);
        assertThat(opened.confidential()).isTrue();
        assertThat(opened.title()).isEqualTo("Conduct report on en.example");

        await().atMost(TIMEOUT).untilAsserted(() -> given().auth().oauth2(ConductCases.lead())
                .get("/api/cases/" + opened.caseId()).then().statusCode(200).body("status", equalTo("RECEIVED")));
        given().auth().oauth2(TestTokens.staff("irene", "irt-member")).get("/api/cases/" + opened.caseId())
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staff("ian", "infrastructure-specialist"))
                .get("/api/cases/" + opened.caseId())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNotActionableReportOpensNoCase() {
        ReportRouted ignored = routed(ReportKind.OTHER, Route.NOT_ACTIONABLE);
        ReportRouted marker = routed(ReportKind.OUTAGE, Route.OUTAGE);
        KafkaTestClient.send(Topics.REPORT_ROUTED, ignored.aggregateId(), EventCodec.encode(EventEnvelope.wrap(ignored, Instant.now())));
        // Same key, same partition: once the marker's case is open, the ignored report was processed too.
        KafkaTestClient.send(Topics.REPORT_ROUTED, ignored.aggregateId(), EventCodec.encode(EventEnvelope.wrap(marker, Instant.now())));

        KafkaTestClient.awaitFirst(Topics.CASE_OPENED, value -> value.contains(marker.reportId().toString()), TIMEOUT);
        assertThat(KafkaTestClient.readMatching(Topics.CASE_OPENED,
                value -> value.contains(ignored.reportId().toString()), 1, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void theReportsOfOneCoalescedOutageMakeOneCase() {
        String infra = TestTokens.staff("ian", "infrastructure-specialist");
        UUID incidentId = UUID.randomUUID();
        ReportRouted first = coalesced(incidentId, true, 1, OutageSeverity.MEDIUM);
        ReportRouted second = coalesced(incidentId, false, 2, OutageSeverity.HIGH);
        ReportRouted third = coalesced(incidentId, false, 3, OutageSeverity.HIGH);
        for (ReportRouted routed : List.of(first, second, third)) {
            KafkaTestClient.send(Topics.REPORT_ROUTED, routed.aggregateId(),
                    EventCodec.encode(EventEnvelope.wrap(routed, Instant.now())));
        }

        CaseOpened opened = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.CASE_OPENED,
                value -> value.contains(first.reportId().toString()), TIMEOUT), CaseOpened.class).payload();
        await().atMost(TIMEOUT).untilAsserted(() -> given().auth().oauth2(infra).get("/api/cases/" + opened.caseId())
                .then().statusCode(200).body("reportCount", equalTo(3)).body("severity", equalTo("HIGH")));
        assertThat(KafkaTestClient.readMatching(Topics.CASE_OPENED, value -> value.contains(second.reportId().toString())
                || value.contains(third.reportId().toString()), 1, Duration.ofSeconds(2)))
                .as("attached reports open no case and announce nothing").isEmpty();
        List<String> severityChanges = KafkaTestClient.readMatching(Topics.CASE_SEVERITY_CHANGED,
                value -> value.contains(opened.caseId().toString()), 2, Duration.ofSeconds(5));
        assertThat(severityChanges).as("MEDIUM to HIGH once, not again for the third report").hasSize(1);
        CaseSeverityChanged raised = EventCodec.decode(severityChanges.get(0), CaseSeverityChanged.class).payload();
        assertThat(raised.from()).isEqualTo(OutageSeverity.MEDIUM);
        assertThat(raised.to()).isEqualTo(OutageSeverity.HIGH);
        given().auth().oauth2(infra).get("/api/cases/" + opened.caseId() + "/timeline").then().statusCode(200)
                .body("findAll { it.kind == 'SEVERITY' }.text",
                        equalTo(List.of("Severity HIGH (was MEDIUM), 2 reports")));

        given().auth().oauth2(infra).contentType(ContentType.JSON).body(Map.of("resolution", "Restarted"))
                .post("/api/cases/" + opened.caseId() + "/closure").then().statusCode(200);
        CaseClosed closed = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.CASE_CLOSED,
                value -> value.contains(opened.caseId().toString()), TIMEOUT), CaseClosed.class).payload();
        assertThat(closed.outageIncidentId()).as("routing stops coalescing into it").isEqualTo(incidentId);
    }

    @Test
    void aConductCaseFollowsItsStateMachineAndKeepsItsHistory() {
        String irt = ConductCases.lead();
        ReportRouted routed = routed(ReportKind.CONDUCT, Route.CONDUCT_CASE);
        CaseOpened opened = openCase(routed, irt);
        String path = "/api/cases/" + opened.caseId();

        move(irt, path, "DECIDING", null).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("can become ASSESSING"));
        move(irt, path, "ASSESSING", "First look").statusCode(200).body("status", equalTo("ASSESSING"));
        move(irt, path, "CLOSED_NOT_A_VIOLATION", " ").statusCode(400).contentType("application/problem+json");
        move(irt, path, "PENDING", null).statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(irt).contentType(ContentType.JSON).body(Map.of("resolution", "x"))
                .post(path + "/closure").then().statusCode(409);
        move(irt, path, "CLOSED_NOT_A_VIOLATION", "A content dispute, not a conduct issue").statusCode(200)
                .body("status", equalTo("CLOSED_NOT_A_VIOLATION"))
                .body("closedBy", equalTo("lena"));
        move(irt, path, "INVESTIGATING", null).statusCode(409);

        given().auth().oauth2(irt).get(path + "/transitions").then().statusCode(200)
                .body("to", equalTo(List.of("ASSESSING", "CLOSED_NOT_A_VIOLATION")))
                .body("changedBy", equalTo(List.of("lena", "lena")));
        CaseStateChanged changed = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.CASE_STATE_CHANGED,
                value -> value.contains(opened.caseId().toString()) && value.contains("CLOSED_NOT_A_VIOLATION"),
                TIMEOUT), CaseStateChanged.class).payload();
        assertThat(changed.from()).isEqualTo("ASSESSING");
        assertThat(changed.confidential()).isTrue();
        KafkaTestClient.awaitFirst(Topics.CASE_CLOSED, value -> value.contains(opened.caseId().toString()), TIMEOUT);
        given().auth().oauth2(TestTokens.staff("ian", "infrastructure-specialist"))
                .contentType(ContentType.JSON).body(Map.of("to", "ASSESSING"))
                .post(path + "/transitions").then().statusCode(404);
    }

    @Test
    void theFirstResponderHoldsBothRolesUntilAHandOff() {
        String infra = TestTokens.staff("ian", "infrastructure-specialist");
        ReportRouted routed = routed(ReportKind.OUTAGE, Route.OUTAGE);
        CaseOpened opened = openCase(routed, infra);
        String path = "/api/cases/" + opened.caseId();

        move(infra, path, "INVESTIGATING", null).statusCode(200)
                .body("communicator", equalTo("ian")).body("diagnosisLead", equalTo("ian"));
        given().auth().oauth2(infra).contentType(ContentType.JSON).body(Map.of("holder", "carla"))
                .put(path + "/roles/COMMUNICATOR").then().statusCode(200)
                .body("communicator", equalTo("carla")).body("diagnosisLead", equalTo("ian"));
        move(infra, path, "RESOLVED", null).statusCode(200).body("communicator", equalTo("carla"));

        given().auth().oauth2(infra).get(path + "/roles").then().statusCode(200)
                .body("role", equalTo(List.of("COMMUNICATOR", "DIAGNOSIS_LEAD", "COMMUNICATOR")))
                .body("to", equalTo(List.of("ian", "ian", "carla")))
                .body("[2].from", equalTo("ian"));
        CaseRoleHandedOff handOff = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.CASE_ROLE_HANDED_OFF,
                value -> value.contains(opened.caseId().toString()) && value.contains("carla"), TIMEOUT),
                CaseRoleHandedOff.class).payload();
        assertThat(handOff.from()).isEqualTo("ian");
        given().auth().oauth2(infra).contentType(ContentType.JSON).body(Map.of("holder", " "))
                .put(path + "/roles/DIAGNOSIS_LEAD").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(infra).contentType(ContentType.JSON).body(Map.of("holder", "dora"))
                .put(path + "/roles/CHEF").then().statusCode(404);
    }

    private static CaseOpened openCase(ReportRouted routed, String token) {
        return ConductCases.open(routed, token);
    }

    private static ValidatableResponse move(String token, String path, String to, String note) {
        return ConductCases.move(token, UUID.fromString(path.substring(path.lastIndexOf('/') + 1)), to, note);
    }

    @Test
    void casesAreForStaffOnly() {
        given().get("/api/cases").then().statusCode(401);
        given().auth().oauth2(TestTokens.staff("x", "reporting-client")).get("/api/cases").then().statusCode(403);
    }

    private static ReportRouted coalesced(UUID incidentId, boolean opens, int count, OutageSeverity severity) {
        ReportSubmitted report = new ReportSubmitted(UUID.randomUUID(), ReportKind.OUTAGE, null, null,
                ReportSource.ANONYMOUS, "en.example", "Search", null, null, "en", true, false, Instant.now());
        return new ReportRouted(report.reportId(), Route.OUTAGE, "outage", "reason", report, 0, null, null,
                new OutageIncidentLink(incidentId, opens, count, severity, OutageScope.ONE_COMMUNITY));
    }

    private static ReportRouted routed(ReportKind kind, Route route) {
        ReportSubmitted report = new ReportSubmitted(UUID.randomUUID(), kind, null, null, ReportSource.ANONYMOUS,
                "en.example", "MediaWiki", null, null, "en", true, false, Instant.now());
        return new ReportRouted(report.reportId(), route, "rule", "reason", report);
    }
}
