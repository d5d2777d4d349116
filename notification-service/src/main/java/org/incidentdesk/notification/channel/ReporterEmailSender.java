package org.incidentdesk.notification.channel;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

import org.incidentdesk.notification.client.IntakeReporterClient;
import org.incidentdesk.notification.client.ReporterContact;
import org.incidentdesk.notification.config.NotificationConfig;
import org.incidentdesk.notification.domain.Delivery;

/** Emails the reporter of a report, at the address intake-service gives for it at the time of sending. */
@ApplicationScoped
public class ReporterEmailSender {

    private static final int GONE = 410;

    private final IntakeReporterClient intake;
    private final Mailer mailer;
    private final NotificationConfig config;

    public ReporterEmailSender(@RestClient IntakeReporterClient intake, Mailer mailer, NotificationConfig config) {
        this.intake = intake;
        this.mailer = mailer;
        this.config = config;
    }

    public void send(Delivery delivery) {
        ReporterContact contact = contactOf(UUID.fromString(delivery.recipient));
        if (contact.email() == null) {
            throw new RecipientErasedException("The reporter left no email address");
        }
        mailer.send(Mail.withText(contact.email(), delivery.subject, delivery.body).setFrom(config.mailFrom()));
    }

    private ReporterContact contactOf(UUID reportId) {
        try {
            return intake.contact(reportId);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == GONE) {
                throw new RecipientErasedException("The reporter's personal data was erased");
            }
            throw new IllegalStateException("intake-service answered " + e.getResponse().getStatus()
                    + " for the reporter's contact", e);
        }
    }
}
