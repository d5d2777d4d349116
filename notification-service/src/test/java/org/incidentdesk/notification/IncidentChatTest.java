package org.incidentdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.CaseRoleHandedOff;
import org.incidentdesk.events.CaseSeverityChanged;
import org.incidentdesk.events.CaseStateChanged;
import org.incidentdesk.events.ChatLineLogged;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.IncidentDeskEvent;
import org.incidentdesk.events.OutageSeverity;
import org.incidentdesk.events.PostmortemActionItemOverdue;
import org.incidentdesk.events.PostmortemPublished;
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

/**
 * The ops channel against a real ngircd: every state change and hand-off of an incident once, security incidents
 * in the private channel by reference only, conduct cases never; and {@code !log} lines heard and passed on.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
@WithTestResource(MailTestResource.class)
@WithTestResource(IrcTestResource.class)
@WithTestResource(SiblingServicesStub.class)
class IncidentChatTest {

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
    void eachStateChangeAndHandOffOfAnOutageGoesToTheOpsChannelOnce() {
        UUID caseId = UUID.randomUUID();
        String reference = "INC-" + (10_000 + (int) (Math.random() * 80_000));
        String changed = encode(new CaseStateChanged(caseId, reference, CaseFamily.OPERATIONAL, Route.OUTAGE, false,
                "OPEN", "INVESTIGATING", "ian", Instant.now(), "en.example"));
        KafkaTestClient.send(Topics.CASE_STATE_CHANGED, caseId.toString(), changed);
        KafkaTestClient.send(Topics.CASE_STATE_CHANGED, caseId.toString(), changed); // redelivered
        send(Topics.CASE_ROLE_HANDED_OFF, new CaseRoleHandedOff(caseId, reference, false, "COMMUNICATOR", "ian",
                "carla", "ian", Instant.now()));

        await().atMost(TIMEOUT).until(() -> chat.linesIn(OPS).stream()
                .anyMatch(line -> line.startsWith("[" + reference + "] INVESTIGATING (was OPEN), by ian.")));
        await().atMost(TIMEOUT).until(() -> chat.linesIn(OPS)
                .contains("[" + reference + "] carla is now the communicator (was ian)."));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> chat.linesIn(OPS).stream()
                .filter(line -> line.contains("INVESTIGATING (was OPEN)") && line.contains(reference)).count() == 1);
    }

    @Test
    void aChangeOfSeverityIsOneMessageHoweverManyReportsMadeIt() {
        UUID caseId = UUID.randomUUID();
        String reference = "INC-" + (10_000 + (int) (Math.random() * 80_000));
        send(Topics.CASE_SEVERITY_CHANGED, new CaseSeverityChanged(caseId, reference, false, OutageSeverity.MEDIUM,
                OutageSeverity.CRITICAL, 10_000, Instant.now()));

        await().atMost(TIMEOUT).until(() -> chat.linesIn(OPS)
                .contains("[" + reference + "] severity CRITICAL (was MEDIUM), 10000 reports."));
    }

    @Test
    void aSecurityIncidentsChangesReachOnlyThePrivateChannelAndSayNothingButItsReference() {
        UUID caseId = UUID.randomUUID();
        String reference = "INC-" + (10_000 + (int) (Math.random() * 80_000));
        send(Topics.CASE_STATE_CHANGED, new CaseStateChanged(caseId, reference, CaseFamily.OPERATIONAL,
                Route.SECURITY, true, "OPEN", "MITIGATED", "sam", Instant.now(), "en.example"));

        await().atMost(TIMEOUT).until(() -> chat.linesIn(SECURITY).stream()
                .anyMatch(line -> line.startsWith("[" + reference + "] changed. Details for authorised staff: ")));
        assertThat(chat.linesIn(SECURITY)).filteredOn(line -> line.contains(reference))
                .noneMatch(line -> line.contains("MITIGATED") || line.contains("sam"));
        assertThat(chat.linesIn(OPS)).noneMatch(line -> line.contains(reference));
    }

    @Test
    void aConductCasesChangesNeverReachChat() {
        UUID caseId = UUID.randomUUID();
        String reference = "CASE-" + (10_000 + (int) (Math.random() * 80_000));
        send(Topics.CASE_STATE_CHANGED, new CaseStateChanged(caseId, reference, CaseFamily.CONDUCT,
                Route.CONDUCT_CASE, true, "RECEIVED", "ASSESSING", "lena", Instant.now(), "en.example"));

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(chat.linesIn(OPS)).noneMatch(line -> line.contains(reference));
        assertThat(chat.linesIn(SECURITY)).noneMatch(line -> line.contains(reference));
    }

    @Test
    void aLogLineInTheOpsChannelIsPassedOnForTheTimeline() {
        String marker = "depooled cp" + UUID.randomUUID().toString().substring(0, 6);
        chat.say(OPS, "!log INC-12 " + marker);
        chat.say(OPS, "just chatting about " + marker);
        chat.say(SECURITY, "!log private " + marker);

        ChatLineLogged line = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.CHAT_LINE_LOGGED,
                value -> value.contains(marker), TIMEOUT), ChatLineLogged.class).payload();
        assertThat(line.text()).isEqualTo("INC-12 " + marker);
        assertThat(line.nick()).isEqualTo(chat.nick());
        assertThat(line.channel()).isEqualToIgnoringCase(OPS);
        assertThat(KafkaTestClient.readMatching(Topics.CHAT_LINE_LOGGED, value -> value.contains(marker), 3,
                Duration.ofSeconds(3))).as("only the !log line of the ops channel").hasSize(1);
    }

    @Test
    void aPublishedPostmortemIsAnnouncedInTheOpsChannelAndAnOverdueActionItemRemindsItsOwner() {
        UUID postmortem = UUID.randomUUID();
        String url = "http://127.0.0.1:8080/api/public/postmortems/" + postmortem;
        send(Topics.POSTMORTEM_PUBLISHED, new PostmortemPublished(postmortem, "INC-77", "Search was slow", 3,
                "erin", Instant.now(), url));
        await().atMost(TIMEOUT).until(() -> chat.linesIn(OPS).stream()
                .anyMatch(line -> line.equals("[INC-77] post-mortem published: Search was slow " + url)));

        String owner = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        send(Topics.POSTMORTEM_ACTION_ITEM_OVERDUE, new PostmortemActionItemOverdue(postmortem, UUID.randomUUID(),
                "INC-77", owner, Instant.parse("2026-11-20T10:00:00Z"), false));
        ReceivedMail mail = TestMailbox.awaitMessagesFor(owner + "@incident-desk.test", 1, TIMEOUT).get(0);
        assertThat(mail.subject()).isEqualTo("Action item overdue: post-mortem of INC-77");
        assertThat(mail.body()).contains("was due on 2026-11-20 10:00 UTC")
                .contains("/api/postmortems/" + postmortem + "/action-items");
    }

    private static void send(String topic, IncidentDeskEvent event) {
        KafkaTestClient.send(topic, event.aggregateId(), encode(event));
    }

    private static String encode(IncidentDeskEvent event) {
        return EventCodec.encode(EventEnvelope.wrap(event, Instant.now()));
    }
}
