package org.incidentdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.incidentdesk.events.CasePartyMessageRequested;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.NotificationDeliveryOutcome;
import org.incidentdesk.events.Topics;
import org.incidentdesk.servers.ReceivedMail;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.MailTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestMailbox;

/**
 * The saved replies of the conduct process, as the parties receive them over real SMTP: each template in English
 * and German, the sub-team's words in it, the confidentiality reminder always, once per request, and the delivery
 * published for the case's timeline.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
@WithTestResource(MailTestResource.class)
@WithTestResource(SiblingServicesStub.class)
class SavedReplyTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String REMINDER_EN = "Please keep this case and our conversation confidential";
    private static final String REMINDER_DE = "Bitte behandeln Sie diesen Fall und unseren Austausch vertraulich";

    @ParameterizedTest(name = "{0} to the {1} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ACKNOWLEDGEMENT       | REPORTER       | en | Your report CASE-7           | A member of the Incident Response Team has read it
            NOT_A_VIOLATION       | REPORTER       | en | Your report CASE-7           | does not break the Code of Conduct
            NEXT_STEPS            | REPORTER       | en | Your report CASE-7           | The next steps:
            REPORTED_PARTY_NOTICE | REPORTED_PARTY | en | A report concerning you (CASE-7) | about your participation in the en.example community
            STATUS_UPDATE         | REPORTED_PARTY | en | A report concerning you (CASE-7) | An update on the case CASE-7:
            RESPONSE_PLAN         | REPORTED_PARTY | en | A report concerning you (CASE-7) | decided the case CASE-7: a temporary ban.
            OUTCOME               | REPORTER       | en | Your report CASE-7           | The outcome: a temporary ban.
            ACKNOWLEDGEMENT       | REPORTER       | de | Ihre Meldung CASE-7          | hat sie gelesen
            NOT_A_VIOLATION       | REPORTER       | de | Ihre Meldung CASE-7          | nicht gegen den Verhaltenskodex verstößt
            NEXT_STEPS            | REPORTER       | de | Ihre Meldung CASE-7          | Die nächsten Schritte:
            REPORTED_PARTY_NOTICE | REPORTED_PARTY | de | Eine Meldung, die Sie betrifft (CASE-7) | über Ihre Mitwirkung in der Community en.example
            STATUS_UPDATE         | REPORTER       | de | Ihre Meldung CASE-7          | Neues zum Fall CASE-7:
            RESPONSE_PLAN         | REPORTED_PARTY | de | Eine Meldung, die Sie betrifft (CASE-7) | entschieden: eine befristete Sperre.
            OUTCOME               | REPORTER       | de | Ihre Meldung CASE-7          | Das Ergebnis: eine befristete Sperre.
            """)
    void eachSavedReplyReachesItsPartyInTheirLanguageWithTheConfidentialityReminder(String reply, String recipient,
            String language, String subject, String phrase) {
        Party party = Party.create(recipient, language);
        String words = "Words-" + UUID.randomUUID();
        CasePartyMessageRequested requested = request(party, reply, words);

        KafkaTestClient.send(Topics.CASE_PARTY_MESSAGE_REQUESTED, requested.aggregateId(),
                EventCodec.encode(EventEnvelope.wrap(requested, Instant.now())));

        ReceivedMail mail = TestMailbox.awaitMessagesFor(party.email(), 1, TIMEOUT).get(0);
        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.body()).contains(phrase).contains(words)
                .contains("de".equals(language) ? REMINDER_DE : REMINDER_EN);
        if ("RESPONSE_PLAN".equals(reply)) {
            assertThat(mail.body()).contains("Stay away from the article for 30 days");
        }
        NotificationDeliveryOutcome outcome = outcomeOf(requested.messageId());
        assertThat(outcome.outcome()).isEqualTo(NotificationDeliveryOutcome.Outcome.SENT);
        assertThat(outcome.caseId()).isEqualTo(requested.caseId());
        assertThat(outcome.channel()).isEqualTo("PARTY_EMAIL");
    }

    @Test
    void aRedeliveredRequestSendsOneLetter() {
        Party party = Party.create("REPORTER", "en");
        CasePartyMessageRequested requested = request(party, "NEXT_STEPS", "We will talk to you");
        String record = EventCodec.encode(EventEnvelope.wrap(requested, Instant.now()));

        KafkaTestClient.send(Topics.CASE_PARTY_MESSAGE_REQUESTED, requested.aggregateId(), record);
        KafkaTestClient.send(Topics.CASE_PARTY_MESSAGE_REQUESTED, requested.aggregateId(), record);

        TestMailbox.awaitMessagesFor(party.email(), 1, TIMEOUT);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> TestMailbox.messagesFor(party.email()).size() == 1);
    }

    @Test
    void aLetterToAReporterWhoseDataWasErasedIsCancelledAndSaysSo() {
        UUID caseId = UUID.randomUUID();
        UUID reportId = UUID.randomUUID();
        CasePartyMessageRequested requested = new CasePartyMessageRequested(caseId, "CASE-8", UUID.randomUUID(),
                "OUTCOME", "REPORTER", "irene", Instant.now());
        SiblingServicesStub.answerLetter(caseId, requested.messageId(), 200, letter(requested, reportId, null, null,
                null));
        SiblingServicesStub.answer(reportId, 410, "{}");

        KafkaTestClient.send(Topics.CASE_PARTY_MESSAGE_REQUESTED, requested.aggregateId(),
                EventCodec.encode(EventEnvelope.wrap(requested, Instant.now())));

        assertThat(outcomeOf(requested.messageId()).outcome()).isEqualTo(NotificationDeliveryOutcome.Outcome.CANCELLED);
    }

    /** A party of a new case: the reporter (reached through intake) or the reported party (by address). */
    record Party(UUID caseId, UUID reportId, String recipient, String email, String language) {

        static Party create(String recipient, String language) {
            UUID caseId = UUID.randomUUID();
            String email = recipient.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
            if ("REPORTER".equals(recipient)) {
                UUID reportId = UUID.randomUUID();
                SiblingServicesStub.answer(reportId, 200,
                        "{\"email\":\"" + email + "\",\"language\":\"" + language + "\"}");
                return new Party(caseId, reportId, recipient, email, language);
            }
            return new Party(caseId, null, recipient, email, language);
        }
    }

    private static CasePartyMessageRequested request(Party party, String reply, String words) {
        CasePartyMessageRequested requested = new CasePartyMessageRequested(party.caseId(), "CASE-7",
                UUID.randomUUID(), reply, party.recipient(), "irene", Instant.now());
        boolean byAddress = party.reportId() == null;
        SiblingServicesStub.answerLetter(party.caseId(), requested.messageId(), 200, letter(requested,
                party.reportId(), byAddress ? party.email() : null, byAddress ? party.language() : null, words));
        return requested;
    }

    private static String letter(CasePartyMessageRequested requested, UUID reportId, String email, String language,
            String text) {
        return """
                {"reference":"CASE-7","community":"en.example","reply":"%s","recipient":"%s","reportId":%s,
                 "email":%s,"language":%s,"text":%s,"decision":"TEMPORARY_BAN","decisionEndsAt":"2027-01-01T00:00:00Z",
                 "responsePlan":"Stay away from the article for 30 days","updateIntervalDays":14}
                """.formatted(requested.reply(), requested.recipient(), quoted(reportId), quoted(email),
                quoted(language), quoted(text));
    }

    private static String quoted(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static NotificationDeliveryOutcome outcomeOf(UUID messageId) {
        return EventCodec.decode(KafkaTestClient.awaitFirst(Topics.NOTIFICATION_DELIVERY_OUTCOME,
                value -> value.contains(messageId.toString()), TIMEOUT), NotificationDeliveryOutcome.class).payload();
    }
}
