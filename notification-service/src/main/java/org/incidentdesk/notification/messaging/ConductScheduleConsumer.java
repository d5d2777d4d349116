package org.incidentdesk.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.events.CaseBanExpired;
import org.incidentdesk.events.CaseDeadlineChanged;
import org.incidentdesk.events.CaseSubTeamChanged;
import org.incidentdesk.notification.service.DeadlineMessages;
import org.incidentdesk.notification.service.SubTeamRoster;
import org.incidentdesk.platform.inbox.IdempotentConsumer;

/** The deadlines of conduct cases and who is on their sub-teams, for reminders and escalations. */
@ApplicationScoped
public class ConductScheduleConsumer {

    private static final String CONSUMER = "notification-service";

    private final IdempotentConsumer inbox;
    private final DeadlineMessages deadlines;
    private final SubTeamRoster roster;

    public ConductScheduleConsumer(IdempotentConsumer inbox, DeadlineMessages deadlines, SubTeamRoster roster) {
        this.inbox = inbox;
        this.deadlines = deadlines;
        this.roster = roster;
    }

    @Incoming("case-deadline-changed")
    @Blocking
    public void onDeadlineChanged(String record) {
        inbox.consume(CONSUMER, record, CaseDeadlineChanged.class, deadlines::onDeadlineChanged);
    }

    @Incoming("case-ban-expired")
    @Blocking
    public void onBanExpired(String record) {
        inbox.consume(CONSUMER, record, CaseBanExpired.class, deadlines::onBanExpired);
    }

    @Incoming("case-sub-team-changed")
    @Blocking
    public void onSubTeamChanged(String record) {
        inbox.consume(CONSUMER, record, CaseSubTeamChanged.class, roster::onSubTeamChanged);
    }
}
