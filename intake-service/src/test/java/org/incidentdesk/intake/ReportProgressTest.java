package org.incidentdesk.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.incidentdesk.events.CaseClosed;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.IncidentDeskEvent;
import org.incidentdesk.events.OutageIncidentLink;
import org.incidentdesk.events.OutageScope;
import org.incidentdesk.events.OutageSeverity;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/**
 * The status a report's reporter sees follows its case, whatever order the events of routing and case-service
 * arrive in (they travel on different topics), and reports coalesced into an outage follow the case of the
 * report that opened it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class ReportProgressTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aCaseThatClosesBeforeIntakeLearnsItOpenedStillClosesItsReport() {
        UUID reportId = declare("SECURITY");
        UUID caseId = UUID.randomUUID();
        publish(Topics.REPORT_ROUTED, routed(reportId, Route.SECURITY, null));
        awaitStatus(reportId, "ROUTED");

        publish(Topics.CASE_CLOSED, closed(caseId, reportId, null));
        awaitStatus(reportId, "CLOSED");
        publish(Topics.CASE_OPENED, opened(caseId, reportId));
        awaitCaseOpenedRead(caseId);
        awaitStatus(reportId, "CLOSED");
    }

    @Test
    void reportsCoalescedIntoAnOutageFollowTheCaseOfTheReportThatOpenedIt() {
        UUID opener = declare("OUTAGE");
        UUID attachedBefore = declare("OUTAGE");
        UUID attachedAfter = declare("OUTAGE");
        UUID incidentId = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();

        publish(Topics.REPORT_ROUTED, routed(opener, Route.OUTAGE, new OutageIncidentLink(incidentId, true, 1,
                OutageSeverity.CRITICAL, OutageScope.ONE_COMMUNITY)));
        publish(Topics.REPORT_ROUTED, routed(attachedBefore, Route.OUTAGE, new OutageIncidentLink(incidentId, false,
                2, OutageSeverity.CRITICAL, OutageScope.ONE_COMMUNITY)));
        awaitStatus(attachedBefore, "ROUTED");
        publish(Topics.CASE_OPENED, opened(caseId, opener, incidentId));
        awaitStatus(opener, "IN_PROGRESS");
        awaitStatus(attachedBefore, "IN_PROGRESS");

        publish(Topics.REPORT_ROUTED, routed(attachedAfter, Route.OUTAGE, new OutageIncidentLink(incidentId, false,
                3, OutageSeverity.CRITICAL, OutageScope.ONE_COMMUNITY)));
        awaitStatus(attachedAfter, "IN_PROGRESS");

        publish(Topics.CASE_CLOSED, closed(caseId, opener, incidentId));
        awaitStatus(opener, "CLOSED");
        awaitStatus(attachedBefore, "CLOSED");
        awaitStatus(attachedAfter, "CLOSED");
    }

    @Test
    void anOutagesCaseOpeningBeforeRoutingsWordStillTakesItsReportsAlong() {
        UUID opener = declare("OUTAGE");
        UUID attached = declare("OUTAGE");
        UUID incidentId = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();

        publish(Topics.CASE_OPENED, opened(caseId, opener, incidentId));
        awaitStatus(opener, "IN_PROGRESS");
        publish(Topics.REPORT_ROUTED, routed(opener, Route.OUTAGE, new OutageIncidentLink(incidentId, true, 1,
                OutageSeverity.CRITICAL, OutageScope.ONE_COMMUNITY)));
        publish(Topics.REPORT_ROUTED, routed(attached, Route.OUTAGE, new OutageIncidentLink(incidentId, false, 2,
                OutageSeverity.CRITICAL, OutageScope.ONE_COMMUNITY)));

        awaitStatus(attached, "IN_PROGRESS");
        awaitStatus(opener, "IN_PROGRESS");
    }

    private static UUID declare(String kind) {
        Map<String, Object> report = "OUTAGE".equals(kind)
                ? Map.of("kind", kind, "community", "en.example", "affectedService", "MediaWiki",
                        "summary", "Every page answers 503")
                : Map.of("kind", kind, "community", "en.example", "summary", "Leaked credentials");
        return UUID.fromString(given().auth().oauth2(TestTokens.staff("sam", "security-specialist"))
                .contentType(ContentType.JSON).body(Map.of("report", report))
                .post("/api/reports/declared").then().statusCode(202).extract().path("id"));
    }

    private static void awaitStatus(UUID reportId, String status) {
        await().atMost(TIMEOUT).untilAsserted(() -> given()
                .auth().oauth2(TestTokens.staff("sam", "security-specialist"))
                .get("/api/reports/" + reportId).then().statusCode(200).body("status", equalTo(status)));
    }

    /** The consumer of case.opened has read the event once the next one on its topic is read too. */
    private static void awaitCaseOpenedRead(UUID caseId) {
        UUID marker = declare("SECURITY");
        publish(Topics.REPORT_ROUTED, routed(marker, Route.SECURITY, null));
        awaitStatus(marker, "ROUTED");
        publish(Topics.CASE_OPENED, opened(UUID.randomUUID(), marker));
        awaitStatus(marker, "IN_PROGRESS");
    }

    private static ReportRouted routed(UUID reportId, Route route, OutageIncidentLink outage) {
        ReportSubmitted report = new ReportSubmitted(reportId, null, null, null, null, "en.example", null, null, null,
                "en", false, false, Instant.now());
        return new ReportRouted(reportId, route, "test", "a test decision", report, 0, null, null, outage);
    }

    private static CaseOpened opened(UUID caseId, UUID reportId) {
        return opened(caseId, reportId, null);
    }

    private static CaseOpened opened(UUID caseId, UUID reportId, UUID outageIncidentId) {
        return new CaseOpened(caseId, "INC-" + caseId.toString().substring(0, 4), CaseFamily.OPERATIONAL,
                Route.SECURITY, "A case", false, reportId, "en.example", Instant.now(), outageIncidentId);
    }

    private static CaseClosed closed(UUID caseId, UUID reportId, UUID outageIncidentId) {
        return new CaseClosed(caseId, "INC-1", CaseFamily.OPERATIONAL, Route.SECURITY, "A case", false, true,
                "Fixed", "ian", Instant.now(), outageIncidentId, reportId);
    }

    private static void publish(String topic, IncidentDeskEvent event) {
        KafkaTestClient.send(topic, event.aggregateId(), EventCodec.encode(EventEnvelope.wrap(event, Instant.now())));
    }
}
