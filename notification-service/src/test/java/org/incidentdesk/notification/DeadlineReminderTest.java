package org.incidentdesk.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.incidentdesk.events.CaseBanExpired;
import org.incidentdesk.events.CaseDeadlineChanged;
import org.incidentdesk.events.CaseDeadlineChanged.Outcome;
import org.incidentdesk.events.CaseSubTeamChanged;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.IncidentDeskEvent;
import org.incidentdesk.events.Route;
import org.incidentdesk.events.Topics;
import org.incidentdesk.servers.ReceivedMail;
import org.incidentdesk.testsupport.IrcTestResource;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.MailTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestMailbox;
import org.incidentdesk.testsupport.TestTokens;

/**
 * The schedules of the conduct process against real SMTP: the sub-team is reminded a day before a deadline, a
 * met deadline withdraws the reminder, a missed one escalates to the director and the deputy.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
@WithTestResource(MailTestResource.class)
@WithTestResource(IrcTestResource.class)
@WithTestResource(SiblingServicesStub.class)
class DeadlineReminderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration LEAD = Duration.ofDays(1);

    @Test
    void theSubTeamIsRemindedADayBeforeADeadline() {
        UUID caseId = UUID.randomUUID();
        String reference = reference();
        List<String> team = team();
        send(new CaseSubTeamChanged(caseId, reference, "FORMED", team, team, null, "lena", Instant.now()));
        Instant due = Instant.now().plus(LEAD).plusSeconds(2);
        CaseDeadlineChanged set = deadline(caseId, reference, Outcome.SET, due);
        String record = EventCodec.encode(EventEnvelope.wrap(set, Instant.now()));
        KafkaTestClient.send(Topics.CASE_DEADLINE_CHANGED, set.aggregateId(), record);
        KafkaTestClient.send(Topics.CASE_DEADLINE_CHANGED, set.aggregateId(), record); // redelivered

        List<ReceivedMail> reminders = TestMailbox.awaitMessagesFor(team.get(0) + "@incident-desk.test", 1, TIMEOUT);
        assertThat(reminders.get(0).subject()).startsWith(reference + ": word to the parties on the next steps is due");
        assertThat(reminders.get(0).body()).contains("/api/cases/" + caseId);
        assertThat(TestMailbox.awaitMessagesFor(team.get(2) + "@incident-desk.test", 1, TIMEOUT)).hasSize(1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> TestMailbox.messagesFor(team.get(0) + "@incident-desk.test").size() == 1);
    }

    @Test
    void aDeadlineMetBeforeItsReminderWithdrawsIt() {
        UUID caseId = UUID.randomUUID();
        String reference = reference();
        List<String> team = team();
        send(new CaseSubTeamChanged(caseId, reference, "FORMED", team, team, null, "lena", Instant.now()));
        CaseDeadlineChanged set = deadline(caseId, reference, Outcome.SET, Instant.now().plus(LEAD).plusSeconds(4));
        send(set);
        send(new CaseDeadlineChanged(caseId, reference, true, set.deadlineId(), set.kind(), Outcome.MET, set.dueAt(),
                Instant.now(), team.get(0), Route.CONDUCT_CASE));

        await().during(Duration.ofSeconds(7)).atMost(Duration.ofSeconds(9))
                .until(() -> TestMailbox.messagesFor(team.get(0) + "@incident-desk.test").isEmpty());
    }

    @Test
    void theEndOfATemporaryBanIsAnnouncedToTheSubTeam() {
        UUID caseId = UUID.randomUUID();
        String reference = reference();
        List<String> team = team();
        send(new CaseSubTeamChanged(caseId, reference, "FORMED", team, team, null, "lena", Instant.now()));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
        CaseBanExpired ended = new CaseBanExpired(caseId, reference, UUID.randomUUID(), Instant.now());
        KafkaTestClient.send(Topics.CASE_BAN_EXPIRED, ended.aggregateId(),
                EventCodec.encode(EventEnvelope.wrap(ended, Instant.now())));

        List<ReceivedMail> mails = TestMailbox.awaitMessagesFor(team.get(1) + "@incident-desk.test", 1, TIMEOUT);
        assertThat(mails.get(0).subject()).isEqualTo(reference + ": the temporary ban ended");
    }

    @Test
    void aMissedDeadlineEscalatesToTheDirectorAndTheDeputy() {
        UUID caseId = UUID.randomUUID();
        String reference = reference();
        send(deadline(caseId, reference, Outcome.MISSED, Instant.now().minusSeconds(5)));

        await().atMost(TIMEOUT).until(() -> TestMailbox.messagesFor("director@incident-desk.test").stream()
                .anyMatch(mail -> mail.subject().equals(reference + ": word to the parties on the next steps is overdue")));
        await().atMost(TIMEOUT).until(() -> TestMailbox.messagesFor("deputy-director@incident-desk.test").stream()
                .anyMatch(mail -> mail.subject().startsWith(reference + ":")));
    }

    @Test
    void noRecipientGetsMoreThanTheHourlyCapAndTheRestWait() {
        UUID caseId = UUID.randomUUID();
        String reference = reference();
        List<String> team = team();
        send(new CaseSubTeamChanged(caseId, reference, "FORMED", team, team, null, "lena", Instant.now()));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            EventEnvelope<CaseDeadlineChanged> envelope = EventEnvelope.wrap(deadline(caseId, reference, Outcome.SET,
                    Instant.now().plus(LEAD)), Instant.now());
            eventIds.add(envelope.eventId().toString());
            KafkaTestClient.send(Topics.CASE_DEADLINE_CHANGED, caseId.toString(), EventCodec.encode(envelope));
        }

        TestMailbox.awaitMessagesFor(team.get(0) + "@incident-desk.test", 20, TIMEOUT);
        await().atMost(TIMEOUT).untilAsserted(() -> {
            List<Map<String, Object>> held = given()
                    .auth().oauth2(TestTokens.staff("dana", "director"))
                    .queryParam("limit", 500).get("/api/notifications/deliveries").then().statusCode(200)
                    .extract().jsonPath().getList("findAll { it.status == 'PENDING' }");
            assertThat(held).filteredOn(d -> eventIds.contains(d.get("eventId"))).hasSize(2)
                    .allSatisfy(d -> assertThat((String) d.get("lastError")).contains("hourly cap"));
        });
        assertThat(TestMailbox.messagesFor(team.get(0) + "@incident-desk.test")).hasSize(20);
    }

    private static CaseDeadlineChanged deadline(UUID caseId, String reference, Outcome outcome, Instant due) {
        return new CaseDeadlineChanged(caseId, reference, true, UUID.randomUUID(), "NOTIFY_PARTIES", outcome, due,
                Instant.now(), null, Route.CONDUCT_CASE);
    }

    private static List<String> team() {
        String prefix = "irt-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        return List.of(prefix + "a", prefix + "b", prefix + "c");
    }

    private static String reference() {
        return "CASE-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static void send(IncidentDeskEvent event) {
        String topic = event instanceof CaseSubTeamChanged ? Topics.CASE_SUB_TEAM_CHANGED : Topics.CASE_DEADLINE_CHANGED;
        KafkaTestClient.send(topic, event.aggregateId(), EventCodec.encode(EventEnvelope.wrap(event, Instant.now())));
    }
}
