package org.incidentdesk.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.events.PostmortemActionItemOverdue;
import org.incidentdesk.events.PostmortemPublished;
import org.incidentdesk.notification.service.PostmortemMessages;
import org.incidentdesk.platform.inbox.IdempotentConsumer;

/** Published post-mortems and their overdue action items. */
@ApplicationScoped
public class PostmortemConsumer {

    private static final String CONSUMER = "notification-service";

    private final IdempotentConsumer inbox;
    private final PostmortemMessages messages;

    public PostmortemConsumer(IdempotentConsumer inbox, PostmortemMessages messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    @Incoming("postmortem-published")
    @Blocking
    public void onPublished(String record) {
        inbox.consume(CONSUMER, record, PostmortemPublished.class, messages::onPublished);
    }

    @Incoming("postmortem-action-item-overdue")
    @Blocking
    public void onActionItemOverdue(String record) {
        inbox.consume(CONSUMER, record, PostmortemActionItemOverdue.class, messages::onActionItemOverdue);
    }
}
