package org.incidentdesk.notification.channel;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

import org.incidentdesk.notification.config.NotificationConfig;
import org.incidentdesk.notification.domain.Delivery;

/** Emails the reporter of a report, at the address intake-service gives for it at the time of sending. */
@ApplicationScoped
public class ReporterEmailSender {

    private final ReporterContacts contacts;
    private final Mailer mailer;
    private final NotificationConfig config;

    public ReporterEmailSender(ReporterContacts contacts, Mailer mailer, NotificationConfig config) {
        this.contacts = contacts;
        this.mailer = mailer;
        this.config = config;
    }

    public void send(Delivery delivery) {
        String address = contacts.of(UUID.fromString(delivery.recipient)).email();
        mailer.send(Mail.withText(address, delivery.subject, delivery.body).setFrom(config.mailFrom()));
    }
}
