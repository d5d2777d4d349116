package org.incidentdesk.notification.channel;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.service.SubTeamRoster;

/** Sends a delivery to a conduct case's sub-team as it is when sending, or to the IRT's list without one. */
@ApplicationScoped
public class SubTeamEmailSender {

    private final EmailSender email;
    private final SubTeamRoster roster;

    public SubTeamEmailSender(EmailSender email, SubTeamRoster roster) {
        this.email = email;
        this.roster = roster;
    }

    public void send(Delivery delivery) {
        email.sendTo(roster.addressesOf(UUID.fromString(delivery.recipient)), delivery);
    }
}
