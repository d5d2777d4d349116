package org.incidentdesk.notification.channel;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

import org.incidentdesk.notification.config.NotificationConfig;
import org.incidentdesk.notification.domain.Delivery;

/** Sends a delivery as a plain-text email over SMTP. */
@ApplicationScoped
public class EmailSender {

    private final Mailer mailer;
    private final NotificationConfig config;

    public EmailSender(Mailer mailer, NotificationConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    public void send(Delivery delivery) {
        sendTo(List.of(delivery.recipient), delivery);
    }

    public void sendTo(List<String> addresses, Delivery delivery) {
        Mail mail = new Mail().setTo(addresses).setSubject(delivery.subject).setText(delivery.body)
                .setFrom(config.mailFrom());
        mailer.send(mail);
    }
}
