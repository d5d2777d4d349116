package org.incidentdesk.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import org.incidentdesk.cases.service.PartyMessages;
import org.incidentdesk.events.NotificationDeliveryOutcome;
import org.incidentdesk.platform.inbox.IdempotentConsumer;

/** What notification-service made of the saved replies sent to the parties of conduct cases. */
@ApplicationScoped
public class DeliveryOutcomeConsumer {

    private static final String CONSUMER = "case-service";

    private final IdempotentConsumer inbox;
    private final PartyMessages messages;

    public DeliveryOutcomeConsumer(IdempotentConsumer inbox, PartyMessages messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    @Incoming("notification-delivery-outcome")
    @Blocking
    public void onDeliveryOutcome(String record) {
        inbox.consume(CONSUMER, record, NotificationDeliveryOutcome.class, event -> messages.settled(event.payload()));
    }
}
