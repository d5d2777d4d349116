package org.incidentdesk.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One message to one recipient because of one event. Unique per (event, recipient, template), so a
 * redelivered event sends nothing twice.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryChannel channel;

    /** An email address or an IRC channel name. */
    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String template;

    public String subject;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    public void markSent(Instant at) {
        status = DeliveryStatus.SENT;
        sentAt = at;
        attempts++;
        lastError = null;
    }

    /** Schedules a retry with exponential backoff, or parks the delivery after the last attempt. */
    public void markFailed(String error, Instant at, Duration firstRetryDelay, int maxAttempts) {
        attempts++;
        lastError = error;
        if (attempts >= maxAttempts) {
            status = DeliveryStatus.PARKED;
        } else {
            nextAttemptAt = at.plus(firstRetryDelay.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
    }

    public void cancel(String reason) {
        status = DeliveryStatus.CANCELLED;
        lastError = reason;
    }
}
