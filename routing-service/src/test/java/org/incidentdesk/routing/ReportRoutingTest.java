package org.incidentdesk.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.incidentdesk.events.BehaviourType;
import org.incidentdesk.events.EmergencyType;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
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
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = KafkaTestResource.TOPICS,
        value = RoutingTopics.PARTITIONED))
@WithTestResource(OidcTestResource.class)
class ReportRoutingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration QUIET_PERIOD = Duration.ofSeconds(4);
    private static final String DEAD_LETTER_TOPIC = "dead-letter-topic-report-submitted";

    @Test
    void aQueryParameterThatIsNotANumberIsA400NamingItAndAMalformedIdStaysA404() {
        String token = TestTokens.staff("tess", "trust-and-safety");

        given().auth().oauth2(token).get("/api/routing/decisions/flagged?page=abc&size=10")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("page"))
                .body("violations[0].message", equalTo("must be a whole number"));
        given().auth().oauth2(token).get("/api/routing/decisions/not-a-report-id-1?page=1")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aSubmittedReportIsRoutedOnceWithItsReason() {
        EventEnvelope<ReportSubmitted> submitted = submitted(ReportKind.OUTAGE);
        String record = EventCodec.encode(submitted);
        String reportId = submitted.payload().reportId().toString();

        KafkaTestClient.send(Topics.REPORT_SUBMITTED, submitted.aggregateId(), record);
        KafkaTestClient.send(Topics.REPORT_SUBMITTED, submitted.aggregateId(), record); // redelivered

        ReportRouted routed = EventCodec.decode(
                KafkaTestClient.awaitFirst(Topics.REPORT_ROUTED, value -> value.contains(reportId), TIMEOUT),
                ReportRouted.class).payload();
        assertThat(routed.route()).isEqualTo(Route.OUTAGE);
        assertThat(routed.rule()).isEqualTo("outage");
        assertThat(routed.report()).isEqualTo(submitted.payload());
        assertThat(routed.outage()).as("an outage report opens or joins an incident").isNotNull();
        List<String> decisions = KafkaTestClient.readMatching(Topics.REPORT_ROUTED, value -> value.contains(reportId),
                2, QUIET_PERIOD);
        assertThat(decisions).as("a redelivered report makes no second decision").hasSize(1);

        given().auth().oauth2(TestTokens.staff("paula", "project-manager"))
                .get("/api/routing/decisions/" + reportId)
                .then().statusCode(200)
                .body("route", equalTo("OUTAGE"))
                .body("rule", equalTo("outage"));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndRoutingGoesOn() {
        String poison = "{\"type\":\"report.submitted\",\"schemaVersion\":1,\"payload\":\"poison-" + UUID.randomUUID() + "\"}";
        EventEnvelope<ReportSubmitted> next = submitted(ReportKind.CONDUCT);

        KafkaTestClient.send(Topics.REPORT_SUBMITTED, "poison", poison);
        KafkaTestClient.send(Topics.REPORT_SUBMITTED, next.aggregateId(), EventCodec.encode(next));

        KafkaTestClient.awaitFirst(DEAD_LETTER_TOPIC, value -> value.equals(poison), TIMEOUT);
        String routed = KafkaTestClient.awaitFirst(Topics.REPORT_ROUTED, value -> value.contains(next.aggregateId()), TIMEOUT);
        assertThat(EventCodec.decode(routed, ReportRouted.class).payload().route()).isEqualTo(Route.COMMUNITY_PROCESS);
    }

    @Test
    void aReportWhoseWordsSuggestAnEmergencyIsListedForTrustAndSafety() {
        EventEnvelope<ReportSubmitted> flagged = EventEnvelope.wrap(new ReportSubmitted(UUID.randomUUID(),
                ReportKind.CONDUCT, null, BehaviourType.INTIMIDATION, ReportSource.COMMUNITY_MEMBER, "en.example", null,
                null, null, "en", true, false, Instant.now(), List.of(EmergencyType.POSSIBLE_SELF_HARM)), Instant.now());
        String reportId = flagged.payload().reportId().toString();

        KafkaTestClient.send(Topics.REPORT_SUBMITTED, flagged.aggregateId(), EventCodec.encode(flagged));

        ReportRouted routed = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.REPORT_ROUTED,
                value -> value.contains(reportId), TIMEOUT), ReportRouted.class).payload();
        assertThat(routed.route()).as("flagged, not upgraded").isEqualTo(Route.COMMUNITY_PROCESS);
        assertThat(routed.review().suggestedEmergencies()).containsExactly(EmergencyType.POSSIBLE_SELF_HARM);
        given().auth().oauth2(TestTokens.staff("tess", "trust-and-safety"))
                .get("/api/routing/decisions/flagged")
                .then().statusCode(200)
                .body("find { it.reportId == '" + reportId + "' }.reviewReason", containsString("possible self harm"));
        given().auth().oauth2(TestTokens.staff("irene", "irt-member"))
                .get("/api/routing/decisions/flagged")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staff("tess", "trust-and-safety"))
                .get("/api/routing/decisions/flagged?size=1000")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aReadableEventThatFailsEveryAttemptIsDeadLetteredAndTheStreamGoesOn() {
        String tooLong = "c" + "x".repeat(150) + ".example"; // longer than the decision's column: refused every time
        EventEnvelope<ReportSubmitted> failing = EventEnvelope.wrap(new ReportSubmitted(UUID.randomUUID(),
                ReportKind.CONDUCT, null, BehaviourType.SPAM, ReportSource.COMMUNITY_MEMBER, tooLong, null, null, null,
                "en", true, false, Instant.now()), Instant.now());
        EventEnvelope<ReportSubmitted> next = submitted(ReportKind.CONDUCT);
        String key = "same-partition-" + UUID.randomUUID();

        KafkaTestClient.send(Topics.REPORT_SUBMITTED, key, EventCodec.encode(failing));
        KafkaTestClient.send(Topics.REPORT_SUBMITTED, key, EventCodec.encode(next));

        KafkaTestClient.awaitFirst(DEAD_LETTER_TOPIC,
                value -> value.contains(failing.payload().reportId().toString()), TIMEOUT);
        KafkaTestClient.awaitFirst(Topics.REPORT_ROUTED, value -> value.contains(next.payload().reportId().toString()),
                TIMEOUT);
    }

    @Test
    void decisionsAreForStaffOnly() {
        given().get("/api/routing/decisions/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(TestTokens.staff("dana", "director"))
                .get("/api/routing/decisions/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static EventEnvelope<ReportSubmitted> submitted(ReportKind kind) {
        return EventEnvelope.wrap(new ReportSubmitted(UUID.randomUUID(), kind, null, null, ReportSource.ANONYMOUS,
                "en.example", "MediaWiki-" + UUID.randomUUID(), null, null, "en", true, false, Instant.now()), Instant.now());
    }
}
