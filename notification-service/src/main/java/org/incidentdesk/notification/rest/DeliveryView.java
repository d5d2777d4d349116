package org.incidentdesk.notification.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.domain.DeliveryChannel;
import org.incidentdesk.notification.domain.DeliveryStatus;

/**
 * A delivery's state, without its recipient or content.
 *
 * @param reportId for messages to a reporter, the report they are about
 */
public record DeliveryView(Long id, UUID eventId, DeliveryChannel channel, UUID reportId, String template,
        DeliveryStatus status, int attempts, String lastError, Instant createdAt, Instant sentAt) {

    static DeliveryView of(Delivery d) {
        UUID reportId = d.channel == DeliveryChannel.REPORTER_EMAIL ? UUID.fromString(d.recipient) : null;
        return new DeliveryView(d.id, d.eventId, d.channel, reportId, d.template, d.status, d.attempts, d.lastError,
                d.createdAt, d.sentAt);
    }
}
