package org.incidentdesk.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.CaseStateChanged;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.IncidentDeskEvent;
import org.incidentdesk.events.Route;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.IrcTestResource;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.MailTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;

/** Slack-compatible webhooks: a community hears of its outages once each, a team of its cases by reference only. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
@WithTestResource(MailTestResource.class)
@WithTestResource(IrcTestResource.class)
@WithTestResource(SiblingServicesStub.class)
@WithTestResource(WebhookReceiver.class)
class WebhookTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aCommunityHearsOfItsOutageOnceInFull() {
        CaseOpened opened = opened(Route.OUTAGE, "en.example", "Outage of Search on en.example");
        String record = EventCodec.encode(EventEnvelope.wrap(opened, Instant.now()));
        KafkaTestClient.send(Topics.CASE_OPENED, opened.aggregateId(), record);
        KafkaTestClient.send(Topics.CASE_OPENED, opened.aggregateId(), record); // redelivered

        await().atMost(TIMEOUT).until(() -> received("en.example").stream()
                .anyMatch(message -> message.contains("[" + opened.reference() + "] opened: Outage of Search")));
        assertThat(received("en.example").get(0)).startsWith("{\"text\":");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> received("en.example")
                .stream().filter(message -> message.contains(opened.reference())).count() == 1);
    }

    @Test
    void theIrtsWebhookHearsOfAConductCaseByReferenceOnly() {
        UUID caseId = UUID.randomUUID();
        String reference = "CASE-" + UUID.randomUUID().toString().substring(0, 6);
        send(Topics.CASE_STATE_CHANGED, new CaseStateChanged(caseId, reference, CaseFamily.CONDUCT,
                Route.CONDUCT_CASE, true, "RECEIVED", "ASSESSING", "lena", Instant.now(), "en.example"));

        await().atMost(TIMEOUT).until(() -> received("irt").stream().anyMatch(message -> message.contains(reference)));
        assertThat(received("irt")).filteredOn(message -> message.contains(reference))
                .allMatch(message -> message.contains("changed. Details for authorised staff: "))
                .noneMatch(message -> message.contains("ASSESSING") || message.contains("lena"));
        assertThat(received("en.example")).noneMatch(message -> message.contains(reference));
    }

    @Test
    void aWebhookThatFailsIsRetriedUntilTheMessageArrives() {
        given().baseUri(receiver()).post("/fail/flaky.example/2").then().statusCode(200);
        CaseOpened opened = opened(Route.OUTAGE, "flaky.example", "Outage of Uploads on flaky.example");
        send(Topics.CASE_OPENED, opened);

        await().atMost(TIMEOUT).until(() -> received("flaky.example").stream()
                .anyMatch(message -> message.contains(opened.reference())));
    }

    private static List<String> received(String webhook) {
        String lines = given().baseUri(receiver()).get("/received/" + webhook).then().statusCode(200).extract()
                .asString();
        return lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
    }

    private static String receiver() {
        return ConfigProvider.getConfig().getValue(WebhookReceiver.URL, String.class);
    }

    private static CaseOpened opened(Route route, String community, String title) {
        UUID caseId = UUID.randomUUID();
        return new CaseOpened(caseId, "INC-" + caseId.toString().substring(0, 6), CaseFamily.OPERATIONAL, route, title,
                route != Route.OUTAGE, UUID.randomUUID(), community, Instant.now(), null);
    }

    private static void send(String topic, IncidentDeskEvent event) {
        KafkaTestClient.send(topic, event.aggregateId(), EventCodec.encode(EventEnvelope.wrap(event, Instant.now())));
    }
}
