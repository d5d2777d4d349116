package org.incidentdesk.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.incidentdesk.events.AlertResolved;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/** Monitoring alerts in the real webhook formats of Prometheus Alertmanager (v4) and Grafana alerting. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class AlertWebhookTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ALERTMANAGER_SECRET = "Secret test-alertmanager-secret";

    @Test
    void aFiringAlertOpensOneOutageReportAndItsResolutionIsPassedOn() {
        String fingerprint = UUID.randomUUID().toString().substring(0, 16);
        List<String> opened = postAlertmanager(alertmanager("firing", fingerprint))
                .statusCode(202).body("opened", hasSize(1)).extract().path("opened");
        String reportId = opened.get(0);

        ReportSubmitted submitted = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.REPORT_SUBMITTED,
                value -> value.contains(reportId), TIMEOUT), ReportSubmitted.class).payload();
        assertThat(submitted.kind()).isEqualTo(ReportKind.OUTAGE);
        assertThat(submitted.source()).isEqualTo(ReportSource.MONITORING_ALERT);
        assertThat(submitted.signal()).isEqualTo("MediaWikiHighErrorRate");
        assertThat(submitted.community()).isEqualTo("de.example");
        assertThat(submitted.affectedService()).isEqualTo("MediaWiki");
        given().auth().oauth2(TestTokens.staff("ian", "infrastructure-specialist")).get("/api/reports/" + reportId)
                .then().statusCode(200).body("content.summary", equalTo("5xx above 5% on de.example"));

        postAlertmanager(alertmanager("firing", fingerprint)) // Alertmanager repeats a firing alert
                .statusCode(202).body("opened", empty()).body("unchanged", equalTo(1));
        postAlertmanager(alertmanager("resolved", fingerprint))
                .statusCode(202).body("resolved[0]", equalTo(reportId));

        AlertResolved resolved = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.ALERT_RESOLVED,
                value -> value.contains(reportId), TIMEOUT), AlertResolved.class).payload();
        assertThat(resolved.alertSource()).isEqualTo("prometheus");
        assertThat(resolved.signal()).isEqualTo("MediaWikiHighErrorRate");
        postAlertmanager(alertmanager("resolved", fingerprint)).statusCode(202).body("resolved", empty());
    }

    @Test
    void aGrafanaAlertOpensAReportInTheSourcesCommunity() {
        String body = """
                {"receiver":"incident-desk","status":"firing","orgId":1,"alerts":[{"status":"firing",
                 "labels":{"alertname":"SearchLatency","service":"search","grafana_folder":"Ops"},
                 "annotations":{"summary":"Search p99 above 2 s"},"startsAt":"2026-11-21T09:50:00Z",
                 "endsAt":"0001-01-01T00:00:00Z","generatorURL":"https://grafana.example/alerting/grafana/abc/view",
                 "fingerprint":"%s","silenceURL":"https://grafana.example/alerting/silence/new","dashboardURL":"",
                 "panelURL":"","values":{"B":2.4},"valueString":"[ var='B' value=2.4 ]"}],
                 "groupLabels":{"alertname":"SearchLatency"},"commonLabels":{"alertname":"SearchLatency"},
                 "commonAnnotations":{},"externalURL":"https://grafana.example/","version":"1",
                 "groupKey":"{}:{alertname=\\"SearchLatency\\"}","truncatedAlerts":0,"title":"[FIRING:1] SearchLatency",
                 "state":"alerting","message":"**Firing**"}
                """.formatted(UUID.randomUUID());
        String reportId = given().header("Authorization", "Secret test-grafana-secret").contentType(ContentType.JSON)
                .body(body).post("/api/reports/alerts/grafana")
                .then().statusCode(202).body("opened", hasSize(1)).extract().path("opened[0]");

        ReportSubmitted submitted = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.REPORT_SUBMITTED,
                value -> value.contains(reportId), TIMEOUT), ReportSubmitted.class).payload();
        assertThat(submitted.community()).isEqualTo("en.example");
        assertThat(submitted.affectedService()).isEqualTo("Search");
        assertThat(submitted.signal()).isEqualTo("SearchLatency");
    }

    @Test
    void aWrongOrMissingSecretIsUnauthorisedBeforeTheBodyIsRead() {
        given().header("Authorization", "Secret test-grafana-secret").contentType(ContentType.JSON)
                .body(alertmanager("firing", "x")).post("/api/reports/alerts/prometheus")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("not even json").post("/api/reports/alerts/prometheus")
                .then().statusCode(401);
        given().header("Authorization", ALERTMANAGER_SECRET).contentType(ContentType.JSON)
                .body(alertmanager("firing", "x")).post("/api/reports/alerts/nagios")
                .then().statusCode(401);
    }

    @Test
    void aMalformedPayloadIsABadRequestNamingTheProblem() {
        postAlertmanager("{\"version\":\"4\",\"status\":\"firing\",\"alerts\":[{\"status\":\"burning\",\"labels\":{}}]}")
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("alerts.status"));
        postAlertmanager("{\"version\":\"4\",\"status\":\"firing\",\"alerts\":")
                .statusCode(400).body("type", equalTo("urn:incident-desk:problem:malformed-body"));
        postAlertmanager(alertmanager("firing", "x").replace("\"version\":\"4\"", "\"version\":\"3\""))
                .statusCode(400).body("violations[0].field", equalTo("version"));
        postAlertmanager("").statusCode(400);
        postAlertmanager("null").statusCode(400);
    }

    private static ValidatableResponse postAlertmanager(String body) {
        return given().header("Authorization", ALERTMANAGER_SECRET).contentType(ContentType.JSON).body(body)
                .post("/api/reports/alerts/prometheus").then();
    }

    /** A notification as Alertmanager 0.28 sends it. */
    private static String alertmanager(String status, String fingerprint) {
        return """
                {"receiver":"incident-desk","status":"%1$s","alerts":[{"status":"%1$s",
                 "labels":{"alertname":"MediaWikiHighErrorRate","community":"de.example","service":"mediawiki",
                  "severity":"critical","impact":"partial_outage"},
                 "annotations":{"summary":"5xx above 5%% on de.example","description":"Error ratio 0.07"},
                 "startsAt":"2026-11-21T09:50:00.000Z","endsAt":"%2$s",
                 "generatorURL":"http://prometheus.example/graph?g0.expr=x","fingerprint":"%3$s"}],
                 "groupLabels":{"alertname":"MediaWikiHighErrorRate"},"commonLabels":{"alertname":"MediaWikiHighErrorRate"},
                 "commonAnnotations":{},"externalURL":"http://alertmanager.example:9093","version":"4",
                 "groupKey":"{}:{alertname=\\"MediaWikiHighErrorRate\\"}","truncatedAlerts":0}
                """.formatted(status, status.equals("resolved") ? "2026-11-21T10:20:00Z" : "0001-01-01T00:00:00Z",
                fingerprint);
    }
}
