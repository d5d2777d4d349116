package org.incidentdesk.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.ReporterErased;
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
import org.incidentdesk.testsupport.TestTokens;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
@WithTestResource(MailTestResource.class)
@WithTestResource(IrcTestResource.class)
@WithTestResource(SiblingServicesStub.class)
class CaseNotificationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String OPS = ChatChannels.OPS;
    private static final String SECURITY = ChatChannels.SECURITY;

    private static IrcChannelWatcher chat;

    @BeforeAll
    static void joinTheChannels() throws InterruptedException {
        chat = ChatChannels.watch(TIMEOUT);
    }

    @AfterAll
    static void leave() {
        chat.close();
    }

    @Test
    void aReceivedReportIsAcknowledgedInTheReportersLanguageOnce() {
        String email = "alice-" + UUID.randomUUID() + "@example.org";
        ReportSubmitted report = submitted(ReportKind.OUTAGE, "de");
        SiblingServicesStub.answer(report.reportId(), 200, "{\"email\":\"" + email + "\",\"language\":\"de\"}");
        String record = EventCodec.encode(EventEnvelope.wrap(report, Instant.now()));

        KafkaTestClient.send(Topics.REPORT_SUBMITTED, report.aggregateId(), record);
        KafkaTestClient.send(Topics.REPORT_SUBMITTED, report.aggregateId(), record); // redelivered

        List<ReceivedMail> mails = TestMailbox.awaitMessagesFor(email, 1, TIMEOUT);
        assertThat(mails.get(0).subject()).isEqualTo("Wir haben Ihre Meldung erhalten (" + report.reportId() + ")");
        assertThat(mails.get(0).body()).contains("innerhalb von 3 Tagen").contains("vertraulich");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> TestMailbox.messagesFor(email).size() == 1);
    }

    @Test
    void pendingMessagesToAReporterAreCancelledWhenTheirDataIsErased() {
        ReportSubmitted report = submitted(ReportKind.CONDUCT, "en");
        SiblingServicesStub.answer(report.reportId(), 503, "{}"); // intake unavailable: the message waits

        KafkaTestClient.send(Topics.REPORT_SUBMITTED, report.aggregateId(), EventCodec.encode(EventEnvelope.wrap(report, Instant.now())));
        await().atMost(TIMEOUT).until(() -> deliveryStatusOf(report.reportId()).equals("PENDING"));
        ReporterErased erased = new ReporterErased(report.reportId(), Instant.now());
        KafkaTestClient.send(Topics.REPORTER_ERASED, erased.aggregateId(), EventCodec.encode(EventEnvelope.wrap(erased, Instant.now())));

        await().atMost(TIMEOUT).until(() -> deliveryStatusOf(report.reportId()).equals("CANCELLED"));
    }

    @Test
    void anOutageIsAnnouncedInTheOpsChannelOnce() {
        CaseOpened opened = opened(Route.OUTAGE, false);
        String record = EventCodec.encode(EventEnvelope.wrap(opened, Instant.now()));

        KafkaTestClient.send(Topics.CASE_OPENED, opened.aggregateId(), record);
        KafkaTestClient.send(Topics.CASE_OPENED, opened.aggregateId(), record); // redelivered

        await().atMost(TIMEOUT).until(() -> chat.linesIn(OPS).stream()
                .anyMatch(line -> line.startsWith("[" + opened.reference() + "] opened: Outage of MediaWiki on en.example (en.example)")));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> chat.linesIn(OPS).stream().filter(line -> line.contains("[" + opened.reference() + "]")).count() == 1);
    }

    @Test
    void aReporterWhoseDataWasErasedIsNotWrittenTo() {
        String email = "erased-" + UUID.randomUUID() + "@example.org";
        ReportSubmitted report = submitted(ReportKind.CONDUCT, "en");
        SiblingServicesStub.answer(report.reportId(), 410, "{}");

        KafkaTestClient.send(Topics.REPORT_SUBMITTED, report.aggregateId(), EventCodec.encode(EventEnvelope.wrap(report, Instant.now())));

        await().atMost(TIMEOUT).until(() -> deliveryStatusOf(report.reportId()).equals("CANCELLED"));
        assertThat(TestMailbox.messagesFor(email)).isEmpty();
    }

    @Test
    void aSecurityIncidentIsAnnouncedInThePrivateChannelByReferenceOnly() {
        CaseOpened opened = opened(Route.SECURITY, true);

        KafkaTestClient.send(Topics.CASE_OPENED, opened.aggregateId(), EventCodec.encode(EventEnvelope.wrap(opened, Instant.now())));

        await().atMost(TIMEOUT).until(() -> chat.linesIn(SECURITY).stream()
                .anyMatch(line -> line.startsWith("[" + opened.reference() + "] opened. Details for authorised staff: ")));
        assertThat(chat.linesIn(SECURITY)).noneMatch(line -> line.contains(opened.title()));
        assertThat(chat.linesIn(OPS)).noneMatch(line -> line.contains(opened.reference()));
    }

    @Test
    void aConductCaseIsNeverAnnouncedInChat() {
        CaseOpened opened = opened(Route.CONDUCT_CASE, true);

        KafkaTestClient.send(Topics.CASE_OPENED, opened.aggregateId(), EventCodec.encode(EventEnvelope.wrap(opened, Instant.now())));

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(chat.linesIn(OPS)).noneMatch(line -> line.contains(opened.reference()));
        assertThat(chat.linesIn(SECURITY)).noneMatch(line -> line.contains(opened.reference()));
    }

    private static String deliveryStatusOf(UUID reportId) {
        List<Map<String, Object>> deliveries = given().auth().oauth2(TestTokens.staff("dana", "director"))
                .get("/api/notifications/deliveries").then().statusCode(200).extract().jsonPath().getList("$");
        return deliveries.stream().filter(d -> reportId.toString().equals(d.get("reportId")))
                .map(d -> String.valueOf(d.get("status"))).findFirst().orElse("");
    }

    private static ReportSubmitted submitted(ReportKind kind, String language) {
        return new ReportSubmitted(UUID.randomUUID(), kind, null, null, ReportSource.COMMUNITY_MEMBER, "en.example",
                null, null, null, language, true, false, Instant.now());
    }

    private static CaseOpened opened(Route route, boolean confidential) {
        String reference = (route == Route.CONDUCT_CASE ? "CASE-" : "INC-") + Math.abs(UUID.randomUUID().hashCode() % 100_000);
        return new CaseOpened(UUID.randomUUID(), reference,
                route == Route.CONDUCT_CASE ? CaseFamily.CONDUCT : CaseFamily.OPERATIONAL, route,
                "Outage of MediaWiki on en.example", confidential, UUID.randomUUID(), "en.example", Instant.now(), null);
    }
}
