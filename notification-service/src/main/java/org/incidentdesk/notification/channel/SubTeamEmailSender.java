package org.incidentdesk.notification.channel;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.notification.config.NotificationConfig;
import org.incidentdesk.notification.domain.CaseSubTeam;
import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.repository.CaseSubTeamRepository;

/** Sends a delivery to a conduct case's sub-team as it is when sending, or to the IRT's list without one. */
@ApplicationScoped
public class SubTeamEmailSender {

    private final EmailSender email;
    private final CaseSubTeamRepository subTeams;
    private final NotificationConfig config;

    public SubTeamEmailSender(EmailSender email, CaseSubTeamRepository subTeams, NotificationConfig config) {
        this.email = email;
        this.subTeams = subTeams;
        this.config = config;
    }

    public void send(Delivery delivery) {
        email.sendTo(addressesOf(UUID.fromString(delivery.recipient)), delivery);
    }

    private List<String> addressesOf(UUID caseId) {
        return subTeams.findByIdOptional(caseId).map(CaseSubTeam::memberList)
                .filter(members -> !members.isEmpty())
                .map(members -> members.stream().map(member -> member + "@" + config.staffEmailDomain()).toList())
                .orElse(List.of(config.irtAddress()));
    }
}
