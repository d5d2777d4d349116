package org.incidentdesk.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.events.CasePartyMessageRequested;
import org.incidentdesk.notification.service.NotificationService;
import org.incidentdesk.platform.inbox.IdempotentConsumer;

/** The saved replies the sub-teams of conduct cases send to the reporter and the reported party. */
@ApplicationScoped
public class PartyMessageConsumer {

    private static final String CONSUMER = "notification-service";

    private final IdempotentConsumer inbox;
    private final NotificationService notifications;

    public PartyMessageConsumer(IdempotentConsumer inbox, NotificationService notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    @Incoming("case-party-message-requested")
    @Blocking
    public void onPartyMessageRequested(String record) {
        inbox.consume(CONSUMER, record, CasePartyMessageRequested.class, notifications::onPartyMessageRequested);
    }
}
