package org.incidentdesk.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
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
import org.incidentdesk.events.ReportKind;
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
            "report", Map.of("kind", "OUTAGE", "community", "en.example", "affectedService", "MediaWiki",
                    "summary", "Every page answers 503"),
            "reporter", Map.of("email", "alice@example.org", "language", "de"));

    @Test
    void aFiledReportIsStoredAndPublishedForRouting() {
        String id = given().contentType(ContentType.JSON).body(OUTAGE)
                .post("/api/reports")
                .then().statusCode(202)
                .header("Location", containsString("/api/reports/"))
                .body("receivedAt", not(equalTo(null)))
                .extract().path("id");

        String record = KafkaTestClient.awaitFirst(Topics.REPORT_SUBMITTED, value -> value.contains(id), PUBLISH_TIMEOUT);
        EventEnvelope<ReportSubmitted> event = EventCodec.decode(record, ReportSubmitted.class);
        assertThat(event.aggregateId()).isEqualTo(id);
        assertThat(event.payload().kind()).isEqualTo(ReportKind.OUTAGE);
        assertThat(event.payload().reporter().email()).isEqualTo("alice@example.org");
        assertThat(event.payload().reporter().username()).isNull();
        assertThat(event.payload().reporter().language()).isEqualTo("de");

        given().auth().oauth2(TestTokens.staff("ian", "infrastructure-specialist"))
                .get("/api/reports/" + id)
                .then().statusCode(200)
                .body("summary", equalTo("Every page answers 503"))
                .body("community", equalTo("en.example"));
    }

    @Test
    void conductCannotBeReportedAnonymously() {
        given().contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "CONDUCT", "community", "en.example", "summary", "Harassment")))
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
                        "priority", "urgent")))
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
}
