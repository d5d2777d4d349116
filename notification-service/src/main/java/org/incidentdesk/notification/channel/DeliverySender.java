package org.incidentdesk.notification.channel;

import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.notification.domain.Delivery;

/** Sends a delivery through its channel. */
@ApplicationScoped
public class DeliverySender {

    private final EmailSender email;
    private final ReporterEmailSender reporterEmail;
    private final SubTeamEmailSender subTeamEmail;
    private final PartyEmailSender partyEmail;
    private final IrcChat irc;
    private final WebhookSender webhooks;

    public DeliverySender(EmailSender email, ReporterEmailSender reporterEmail, SubTeamEmailSender subTeamEmail,
            PartyEmailSender partyEmail, IrcChat irc, WebhookSender webhooks) {
        this.email = email;
        this.reporterEmail = reporterEmail;
        this.subTeamEmail = subTeamEmail;
        this.partyEmail = partyEmail;
        this.irc = irc;
        this.webhooks = webhooks;
    }

    public void send(Delivery delivery) {
        switch (delivery.channel) {
            case EMAIL -> email.send(delivery);
            case REPORTER_EMAIL -> reporterEmail.send(delivery);
            case SUB_TEAM_EMAIL -> subTeamEmail.send(delivery);
            case PARTY_EMAIL -> partyEmail.send(delivery);
            case IRC -> irc.post(delivery.recipient, delivery.body);
            case WEBHOOK -> webhooks.send(delivery);
        }
    }
}
