package org.incidentdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.Reporter;
import org.incidentdesk.events.Route;
import org.incidentdesk.events.Topics;
import org.incidentdesk.servers.ReceivedMail;
import org.incidentdesk.testsupport.IrcChannelWatcher;
import org.incidentdesk.testsupport.IrcTestResource;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.MailTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestMailbox;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
@WithTestResource(MailTestResource.class)
@WithTestResource(IrcTestResource.class)
class CaseNotificationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String OPS = "#incident-desk-ops";
    private static final String SECURITY = "#incident-desk-security";

    private static IrcChannelWatcher chat;

    @BeforeAll
    static void joinTheChannels() throws InterruptedException {
        String host = ConfigProvider.getConfig().getValue(IrcTestResource.HOST, String.class);
        int port = ConfigProvider.getConfig().getValue(IrcTestResource.PORT, Integer.class);
        chat = IrcChannelWatcher.join(host, port, List.of(OPS, SECURITY), TIMEOUT);
    }

    @AfterAll
    static void leave() {
        chat.close();
    }

    @Test
    void anOutageIsAcknowledgedInTheReportersLanguageAndAnnouncedOnce() {
        String email = "alice-" + UUID.randomUUID() + "@example.org";
        CaseOpened opened = opened(Route.OUTAGE, false, email, "de");
        String record = EventCodec.encode(EventEnvelope.wrap(opened, Instant.now()));

        KafkaTestClient.send(Topics.CASE_OPENED, opened.aggregateId(), record);
        KafkaTestClient.send(Topics.CASE_OPENED, opened.aggregateId(), record); // redelivered

        List<ReceivedMail> mails = TestMailbox.awaitMessagesFor(email, 1, TIMEOUT);
        assertThat(mails.get(0).subject()).isEqualTo("Wir haben Ihre Meldung erhalten (" + opened.reference() + ")");
        assertThat(mails.get(0).body()).contains("innerhalb von 3 Tagen").contains("vertraulich");
        await().atMost(TIMEOUT).until(() -> chat.linesIn(OPS).stream()
                .anyMatch(line -> line.startsWith("[" + opened.reference() + "] opened: Every page answers 503 (en.example)")));

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> TestMailbox.messagesFor(email).size() == 1);
        assertThat(chat.linesIn(OPS).stream().filter(line -> line.contains("[" + opened.reference() + "]"))).hasSize(1);
    }

    @Test
    void aSecurityIncidentIsAnnouncedInThePrivateChannelByReferenceOnly() {
        CaseOpened opened = opened(Route.SECURITY, true, null, "en");

        KafkaTestClient.send(Topics.CASE_OPENED, opened.aggregateId(), EventCodec.encode(EventEnvelope.wrap(opened, Instant.now())));

        await().atMost(TIMEOUT).until(() -> chat.linesIn(SECURITY).stream()
                .anyMatch(line -> line.startsWith("[" + opened.reference() + "] opened. Details for authorised staff: ")));
        assertThat(chat.linesIn(SECURITY)).noneMatch(line -> line.contains(opened.title()));
        assertThat(chat.linesIn(OPS)).noneMatch(line -> line.contains(opened.reference()));
    }

    @Test
    void aConductCaseIsAcknowledgedInEnglishByDefaultAndNeverAnnouncedInChat() {
        String email = "bob-" + UUID.randomUUID() + "@example.org";
        CaseOpened opened = opened(Route.CONDUCT_CASE, true, email, "xx");

        KafkaTestClient.send(Topics.CASE_OPENED, opened.aggregateId(), EventCodec.encode(EventEnvelope.wrap(opened, Instant.now())));

        List<ReceivedMail> mails = TestMailbox.awaitMessagesFor(email, 1, TIMEOUT);
        assertThat(mails.get(0).subject()).isEqualTo("We received your report (" + opened.reference() + ")");
        assertThat(mails.get(0).body()).contains("within 3 days");
        assertThat(chat.linesIn(OPS)).noneMatch(line -> line.contains(opened.reference()));
        assertThat(chat.linesIn(SECURITY)).noneMatch(line -> line.contains(opened.reference()));
    }

    private static CaseOpened opened(Route route, boolean confidential, String email, String language) {
        String reference = (route == Route.CONDUCT_CASE ? "CASE-" : "INC-") + Math.abs(UUID.randomUUID().hashCode() % 100_000);
        return new CaseOpened(UUID.randomUUID(), reference,
                route == Route.CONDUCT_CASE ? CaseFamily.CONDUCT : CaseFamily.OPERATIONAL, route,
                "Every page answers 503", confidential, UUID.randomUUID(), "en.example",
                new Reporter("Alice", email, language), Instant.now());
    }
}
