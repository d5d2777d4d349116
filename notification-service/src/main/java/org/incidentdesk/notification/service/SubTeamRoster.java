package org.incidentdesk.notification.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.incidentdesk.events.CaseSubTeamChanged;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.notification.config.NotificationConfig;
import org.incidentdesk.notification.domain.CaseSubTeam;
import org.incidentdesk.notification.repository.CaseSubTeamRepository;

/**
 * Who is on each conduct case's sub-team, as the latest {@code case.sub-team-changed} said, and where to write to
 * them: their user names at the staff email domain, or the IRT's list while the case has no sub-team.
 */
@ApplicationScoped
public class SubTeamRoster {

    private final CaseSubTeamRepository subTeams;
    private final NotificationConfig config;

    public SubTeamRoster(CaseSubTeamRepository subTeams, NotificationConfig config) {
        this.subTeams = subTeams;
        this.config = config;
    }

    /** Keeps the sub-team an event names, unless a later change is known already (topics deliver out of order). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onSubTeamChanged(EventEnvelope<CaseSubTeamChanged> envelope) {
        CaseSubTeamChanged changed = envelope.payload();
        CaseSubTeam team = subTeams.findByIdOptional(changed.caseId()).orElseGet(CaseSubTeam::new);
        if (team.changedAt != null && team.changedAt.isAfter(changed.changedAt())) {
            return;
        }
        team.members = String.join(",", changed.members());
        team.changedAt = changed.changedAt();
        if (team.caseId == null) {
            team.caseId = changed.caseId();
            subTeams.persist(team);
        }
    }

    public List<String> addressesOf(UUID caseId) {
        return subTeams.findByIdOptional(caseId).map(CaseSubTeam::memberList)
                .filter(members -> !members.isEmpty())
                .map(members -> members.stream().map(member -> member + "@" + config.staffEmailDomain()).toList())
                .orElse(List.of(config.irtAddress()));
    }
}
