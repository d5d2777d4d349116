package org.incidentdesk.notification.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.incidentdesk.events.NotificationDeliveryOutcome;
import org.incidentdesk.events.NotificationDeliveryOutcome.Outcome;
import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.domain.DeliveryChannel;
import org.incidentdesk.platform.outbox.Outbox;

/**
 * Publishes what became of each delivery (sent, parked, cancelled), in the transaction that records it: case-service
 * puts "reporter notified at ..." on the timeline and counts a deadline met when its message was delivered.
 */
@ApplicationScoped
public class DeliveryOutcomes {

    private final Outbox outbox;

    public DeliveryOutcomes(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Delivery delivery, Outcome outcome, Instant at) {
        UUID partyMessageId = delivery.channel == DeliveryChannel.PARTY_EMAIL ? UUID.fromString(delivery.recipient)
                : null;
        outbox.publish(new NotificationDeliveryOutcome(delivery.id, delivery.eventId, delivery.channel.name(),
                delivery.template, outcome, delivery.caseId, partyMessageId, at));
    }
}
