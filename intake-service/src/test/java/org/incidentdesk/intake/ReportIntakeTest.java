package org.incidentdesk.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.OutageKey;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
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
class ReportIntakeTest {

    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(30);

    private static final Map<String, Object> OUTAGE = Map.of(
            "report", Map.of("kind", "OUTAGE", "community", "en.example", "affectedService", "mediawiki",
                    "summary", "Every page answers 503"),
            "reporter", Map.of("email", "alice@example.org", "language", "de"));

    @Test
    void aFiledReportIsStoredAndPublishedForRouting() {
        String id = given().contentType(ContentType.JSON).body(OUTAGE)
                .post("/api/reports")
                .then().statusCode(202)
                .header("Location", containsString("/api/reports/"))
                .body("receivedAt", not(equalTo(null)))
                .body("humanReply.minDays", equalTo(2))
                .body("humanReply.maxDays", equalTo(3))
                .extract().path("id");

        String record = KafkaTestClient.awaitFirst(Topics.REPORT_SUBMITTED, value -> value.contains(id), PUBLISH_TIMEOUT);
        EventEnvelope<ReportSubmitted> event = EventCodec.decode(record, ReportSubmitted.class);
        assertThat(event.payload().reportId()).hasToString(id);
        assertThat(event.aggregateId()).as("outage reports are keyed by their outage, for routing to coalesce them")
                .isEqualTo(OutageKey.of("en.example", "MediaWiki"));
        assertThat(event.payload().kind()).isEqualTo(ReportKind.OUTAGE);
        assertThat(event.payload().source()).isEqualTo(ReportSource.ANONYMOUS);
        assertThat(event.payload().affectedService()).isEqualTo("MediaWiki");
        assertThat(event.payload().reporterReachable()).isTrue();
        assertThat(event.payload().reporterLanguage()).isEqualTo("de");
        assertThat(record).doesNotContain("alice@example.org").doesNotContain("Every page answers 503");

        given().auth().oauth2(TestTokens.staff("ian", "infrastructure-specialist"))
                .get("/api/reports/" + id)
                .then().statusCode(200)
                .body("content.summary", equalTo("Every page answers 503"))
                .body("community", equalTo("en.example"))
                .body("status", equalTo("RECEIVED"));
    }

    @Test
    void conductCannotBeReportedAnonymously() {
        given().contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "CONDUCT", "behaviour", "TROLLING", "community", "en.example",
                        "summary", "Harassment")))
                .post("/api/reports")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("report.kind"));
    }

    @Test
    void invalidFieldsAreNamedInAProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "OUTAGE", "community", "Not A Community!", "summary", " "),
                        "reporter", Map.of("email", "not-an-email")))
                .post("/api/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:incident-desk:problem:invalid-request"))
                .body("violations.field", hasItems("report.community", "report.summary", "reporter.email"));
    }

    @Test
    void anUnknownKindNamesTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "RUMOUR", "community", "en.example", "summary", "x")))
                .post("/api/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("report.kind"))
                .body("violations[0].message", startsWith("must be one of EMERGENCY, CONDUCT, OUTAGE"));
    }

    @Test
    void anUnknownFieldIsRejected() {
        given().contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "OUTAGE", "community", "en.example", "summary", "x",
                        "affectedService", "MediaWiki", "priority", "urgent")))
                .post("/api/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("report.priority"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"report\": {\"kind\": \"OUTAGE\",")
                .post("/api/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:incident-desk:problem:malformed-body"));
    }

    @Test
    void anotherContentTypeIsUnsupported() {
        given().contentType(ContentType.XML).body("<report/>")
                .post("/api/reports")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void readingReportsNeedsAStaffRole() {
        given().get("/api/reports/00000000-0000-0000-0000-000000000000").then().statusCode(401);
        given().auth().oauth2(TestTokens.client("wiki", "reporting-client"))
                .get("/api/reports/00000000-0000-0000-0000-000000000000")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnknownReportIsNotFound() {
        given().auth().oauth2(TestTokens.staff("dana", "director"))
                .get("/api/reports/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", startsWith("No report"));
    }

    @Test
    void theReceiptTokenShowsTheStatusAndNothingElseDoes() {
        Map<String, Object> receipt = given().contentType(ContentType.JSON).body(OUTAGE)
                .post("/api/reports").then().statusCode(202).extract().as(Map.class);
        String id = (String) receipt.get("id");
        String token = (String) receipt.get("receiptToken");
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat((String) receipt.get("statusUrl")).endsWith("/api/reports/" + id + "/status");

        given().header("Receipt-Token", token).get("/api/reports/" + id + "/status")
                .then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("nextStep", not(equalTo(null)))
                .body("$", not(hasKey("content")));
        given().header("Receipt-Token", token + "x").get("/api/reports/" + id + "/status")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/reports/" + id + "/status").then().statusCode(404);
        given().header("Receipt-Token", token).get("/api/reports/" + id).then().statusCode(401);
    }

    @Test
    void aSupportRequestIsRedirectedNotAccepted() {
        given().contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "OTHER", "community", "en.example", "summary", "I forgot my password")))
                .post("/api/reports")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:incident-desk:problem:not-an-incident"))
                .body("detail", containsString("help desk"));
    }

    @Test
    void anOutageNamesAServiceOfTheCatalogue() {
        given().contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "OUTAGE", "community", "en.example", "summary", "Down")))
                .post("/api/reports")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("report.affectedService"));
        given().contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "OUTAGE", "community", "en.example", "summary", "Down",
                        "affectedService", "Toaster")))
                .post("/api/reports")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("report.affectedService"))
                .body("violations[0].message", startsWith("must be one of [MediaWiki"));
    }

    @Test
    void aBadUrlOrAFutureTimeIsNamed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "OUTAGE", "community", "en.example", "summary", "Down",
                        "affectedService", "Search", "url", "javascript:alert(1)", "since", "2999-01-01T00:00:00Z")))
                .post("/api/reports")
                .then().statusCode(400)
                .body("violations.field", hasItems("report.url", "report.since"));
    }

    @Test
    void htmlIsStoredAndReturnedAsText() {
        String html = "<script>alert('x')</script><b>bold</b> & more";
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "OUTAGE", "community", "en.example", "summary", html,
                        "details", html, "affectedService", "Search")))
                .post("/api/reports").then().statusCode(202).extract().path("id");

        given().auth().oauth2(TestTokens.staff("ian", "infrastructure-specialist")).get("/api/reports/" + id)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("X-Content-Type-Options", "nosniff")
                .body("content.summary", equalTo(html))
                .body("content.details", equalTo(html));
    }

    @Test
    void aTooLargeBodyIsRefusedAsAProblem() {
        given().contentType(ContentType.JSON)
                .body("{\"report\": {\"details\": \"" + "x".repeat(300 * 1024) + "\"}}")
                .post("/api/reports")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:incident-desk:problem:payload-too-large"));
    }

    @Test
    void staffDeclareIncidentsWithoutQuota() {
        Map<String, Object> declared = Map.of("report", Map.of("kind", "SECURITY", "community", "en.example",
                "summary", "Leaked credentials in a public paste"));
        String id = given().auth().oauth2(TestTokens.staff("sam", "security-specialist")).contentType(ContentType.JSON)
                .body(declared).post("/api/reports/declared")
                .then().statusCode(202).extract().path("id");

        String record = KafkaTestClient.awaitFirst(Topics.REPORT_SUBMITTED, value -> value.contains(id), PUBLISH_TIMEOUT);
        assertThat(EventCodec.decode(record, ReportSubmitted.class).payload().source()).isEqualTo(ReportSource.STAFF);
        given().auth().oauth2(TestTokens.staff("sam", "security-specialist")).get("/api/reports/" + id)
                .then().statusCode(200).body("content.reporterUsername", equalTo("sam"));
        given().contentType(ContentType.JSON).body(declared).post("/api/reports/declared").then().statusCode(401);
        given().auth().oauth2(TestTokens.client("wiki", "reporting-client")).contentType(ContentType.JSON)
                .body(declared).post("/api/reports/declared").then().statusCode(403);
    }
}
