package org.incidentdesk.notification.channel;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

import org.incidentdesk.notification.client.CaseLettersClient;
import org.incidentdesk.notification.client.PartyLetter;
import org.incidentdesk.notification.client.ReporterContact;
import org.incidentdesk.notification.config.NotificationConfig;
import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.service.SavedReplyLetters;
import org.incidentdesk.notification.template.Languages;

/**
 * Sends a saved reply to a party of a conduct case: the letter is read from case-service and, for the reporter of
 * a report, the address from intake-service, both at the time of sending, so that neither is stored here.
 */
@ApplicationScoped
public class PartyEmailSender {

    private static final int NOT_FOUND = 404;

    private final CaseLettersClient cases;
    private final ReporterContacts reporters;
    private final SavedReplyLetters letters;
    private final Mailer mailer;
    private final NotificationConfig config;

    public PartyEmailSender(@RestClient CaseLettersClient cases, ReporterContacts reporters, SavedReplyLetters letters,
            Mailer mailer, NotificationConfig config) {
        this.cases = cases;
        this.reporters = reporters;
        this.letters = letters;
        this.mailer = mailer;
        this.config = config;
    }

    public void send(Delivery delivery) {
        PartyLetter letter = letterOf(delivery.caseId, UUID.fromString(delivery.recipient));
        String address = letter.email();
        String language = letter.language();
        if (address == null) {
            if (letter.reportId() == null) {
                throw new RecipientErasedException("case-service knows no address for the party");
            }
            ReporterContact reporter = reporters.of(letter.reportId());
            address = reporter.email();
            language = reporter.language();
        }
        SavedReplyLetters.Written written = letters.write(letter, Languages.forTag(language));
        mailer.send(Mail.withText(address, written.subject(), written.body()).setFrom(config.mailFrom()));
    }

    private PartyLetter letterOf(UUID caseId, UUID messageId) {
        try {
            return cases.letter(caseId, messageId);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == NOT_FOUND) {
                throw new RecipientErasedException("case-service has no such message");
            }
            throw new IllegalStateException("case-service answered " + e.getResponse().getStatus()
                    + " for the letter", e);
        }
    }
}
