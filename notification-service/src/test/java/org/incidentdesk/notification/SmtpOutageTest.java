package org.incidentdesk.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.NotificationDeliveryOutcome;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestMailbox;
import org.incidentdesk.testsupport.TestTokens;

/**
 * SMTP is down long enough for every attempt to fail and every message to park; when it comes back, with no new
 * message to show it, every parked message is sent, once: nothing is lost.
 */
@QuarkusTest
@TestProfile(SmtpOutageTest.QuickRetries.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
@WithTestResource(OwnMailServer.class)
@WithTestResource(SiblingServicesStub.class)
class SmtpOutageTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int REPORTERS = 5;

    /** Three attempts 0.2 s and 0.4 s apart, then parked; parked channels probed every second. */
    public static class QuickRetries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("incident-desk.notification.max-attempts", "3",
                    "incident-desk.notification.first-retry-delay", "0.2s",
                    "incident-desk.notification.parked-probe-interval", "1s");
        }
    }

    @Test
    void messagesParkedWhileSmtpIsDownAreAllSentOnceItIsBack() {
        List<String> addresses = IntStream.range(0, REPORTERS)
                .mapToObj(i -> "outage-" + i + "-" + UUID.randomUUID() + "@example.org").toList();
        OwnMailServer.shutDown();
        List<ReportSubmitted> reports = addresses.stream().map(SmtpOutageTest::reportFrom).toList();
        List<EventEnvelope<ReportSubmitted>> events = reports.stream()
                .map(report -> EventEnvelope.wrap(report, Instant.now())).toList();
        events.forEach(event -> KafkaTestClient.send(Topics.REPORT_SUBMITTED, event.payload().aggregateId(),
                EventCodec.encode(event)));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(statusesOf(reports)).containsOnly("PARKED")
                .hasSize(REPORTERS));
        for (EventEnvelope<ReportSubmitted> event : events) {
            NotificationDeliveryOutcome parked = EventCodec.decode(KafkaTestClient.awaitFirst(
                    Topics.NOTIFICATION_DELIVERY_OUTCOME, value -> value.contains(event.eventId().toString()), TIMEOUT),
                    NotificationDeliveryOutcome.class).payload();
            assertThat(parked.outcome()).isEqualTo(NotificationDeliveryOutcome.Outcome.PARKED);
        }
        // down a while longer: probed every second, nothing goes through, nothing is given up
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> statusesOf(reports).stream().noneMatch(status -> status.equals("SENT")
                        || status.equals("CANCELLED")));

        OwnMailServer.startAgain();

        for (String address : addresses) {
            assertThat(TestMailbox.awaitMessagesFor(address, 1, TIMEOUT)).hasSize(1);
        }
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(statusesOf(reports)).containsOnly("SENT"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> addresses.stream().allMatch(address -> TestMailbox.messagesFor(address).size() == 1));
    }

    private static ReportSubmitted reportFrom(String address) {
        ReportSubmitted report = new ReportSubmitted(UUID.randomUUID(), ReportKind.CONDUCT, null, null,
                ReportSource.COMMUNITY_MEMBER, "en.example", null, null, null, "en", true, false, Instant.now());
        SiblingServicesStub.answer(report.reportId(), 200, "{\"email\":\"" + address + "\",\"language\":\"en\"}");
        return report;
    }

    private static List<String> statusesOf(List<ReportSubmitted> reports) {
        List<Map<String, Object>> deliveries = given().auth().oauth2(TestTokens.staff("dana", "director"))
                .queryParam("limit", 500).get("/api/notifications/deliveries").then().statusCode(200).extract().jsonPath().getList("$");
        List<String> reportIds = reports.stream().map(report -> report.reportId().toString()).toList();
        return deliveries.stream().filter(delivery -> reportIds.contains(delivery.get("reportId")))
                .map(delivery -> String.valueOf(delivery.get("status"))).toList();
    }
}
