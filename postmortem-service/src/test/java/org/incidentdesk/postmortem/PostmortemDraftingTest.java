package org.incidentdesk.postmortem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.incidentdesk.events.CaseClosed;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.PostmortemDrafted;
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
@WithTestResource(CaseServiceStub.class)
class PostmortemDraftingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aClosedOutageGetsOneDraft() {
        CaseClosed closed = closed(Route.OUTAGE, false, true);
        String record = EventCodec.encode(EventEnvelope.wrap(closed, Instant.now()));
        KafkaTestClient.send(Topics.CASE_CLOSED, closed.aggregateId(), record);
        KafkaTestClient.send(Topics.CASE_CLOSED, closed.aggregateId(), record); // redelivered

        PostmortemDrafted drafted = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.POSTMORTEM_DRAFTED,
                value -> value.contains(closed.caseId().toString()), TIMEOUT), PostmortemDrafted.class).payload();
        assertThat(drafted.caseReference()).isEqualTo(closed.reference());
        assertThat(KafkaTestClient.readMatching(Topics.POSTMORTEM_DRAFTED,
                value -> value.contains(closed.caseId().toString()), 2, Duration.ofSeconds(3))).hasSize(1);

        given().auth().oauth2(TestTokens.staff("ian", "infrastructure-specialist"))
                .get("/api/postmortems/" + drafted.postmortemId())
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("caseId", equalTo(closed.caseId().toString()));
    }

    @Test
    void aSecurityDraftIsHiddenFromStaffOutsideSecurity() {
        CaseClosed closed = closed(Route.SECURITY, true, true);
        KafkaTestClient.send(Topics.CASE_CLOSED, closed.aggregateId(), EventCodec.encode(EventEnvelope.wrap(closed, Instant.now())));

        PostmortemDrafted drafted = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.POSTMORTEM_DRAFTED,
                value -> value.contains(closed.caseId().toString()), TIMEOUT), PostmortemDrafted.class).payload();

        await().atMost(TIMEOUT).untilAsserted(() -> given().auth().oauth2(TestTokens.staff("sam", "security-specialist"))
                .get("/api/postmortems/" + drafted.postmortemId()).then().statusCode(200));
        given().auth().oauth2(TestTokens.staff("ian", "infrastructure-specialist"))
                .get("/api/postmortems/" + drafted.postmortemId())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCaseThatNeedsNoPostmortemGetsNone() {
        CaseClosed closed = closed(Route.CONDUCT_CASE, true, false);
        CaseClosed marker = closed(Route.OUTAGE, false, true);
        // Same key, same partition: once the marker's draft exists, the other event was processed too.
        KafkaTestClient.send(Topics.CASE_CLOSED, closed.aggregateId(), EventCodec.encode(EventEnvelope.wrap(closed, Instant.now())));
        KafkaTestClient.send(Topics.CASE_CLOSED, closed.aggregateId(), EventCodec.encode(EventEnvelope.wrap(marker, Instant.now())));

        KafkaTestClient.awaitFirst(Topics.POSTMORTEM_DRAFTED, value -> value.contains(marker.caseId().toString()), TIMEOUT);
        assertThat(KafkaTestClient.readMatching(Topics.POSTMORTEM_DRAFTED,
                value -> value.contains(closed.caseId().toString()), 1, Duration.ofSeconds(2))).isEmpty();
    }

    private static CaseClosed closed(Route route, boolean confidential, boolean postmortemRequired) {
        return new CaseClosed(UUID.randomUUID(), "INC-" + Math.abs(UUID.randomUUID().hashCode() % 10_000),
                CaseFamily.OPERATIONAL, route, "Every page answers 503", confidential, postmortemRequired,
                "Restarted", "ian", Instant.now(), null, UUID.randomUUID());
    }
}
