package org.incidentdesk.notification.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.domain.DeliveryChannel;
import org.incidentdesk.notification.domain.DeliveryStatus;

/** A delivery's state, without its recipient or content. */
public record DeliveryView(Long id, UUID eventId, DeliveryChannel channel, String template, DeliveryStatus status,
        int attempts, String lastError, Instant createdAt, Instant sentAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id, d.eventId, d.channel, d.template, d.status, d.attempts, d.lastError,
                d.createdAt, d.sentAt);
    }
}
