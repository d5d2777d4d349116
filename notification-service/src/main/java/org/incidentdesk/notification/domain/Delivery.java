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

    /** Null for a saved reply to a party, whose words stay in case-service until it is sent. */
    public String body;

    /** The case the message is about, when it is about one; its outcome is published with it. */
    @Column(name = "case_id")
    public UUID caseId;

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

    /** How many times the delivery went back to the queue after it was parked. */
    @Column(nullable = false)
    public int requeues;

    /** What the message is about (e.g. {@code deadline:<id>}), so that a later event can cancel it while it waits. */
    public String topic;

    /** The message, to send at {@code at} rather than now, about {@code topic}. */
    public Delivery scheduledAt(Instant at, String aboutTopic) {
        nextAttemptAt = at;
        topic = aboutTopic;
        return this;
    }

    /** The message is about {@code aboutCase}. */
    public Delivery aboutCase(UUID aboutCase) {
        caseId = aboutCase;
        return this;
    }

    /** A message to send now because of an event. */
    public static Delivery pending(UUID eventId, DeliveryChannel channel, String recipient, String template,
            String subject, String body, Instant now) {
        Delivery delivery = new Delivery();
        delivery.eventId = eventId;
        delivery.channel = channel;
        delivery.recipient = recipient;
        delivery.template = template;
        delivery.subject = subject;
        delivery.body = body;
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        return delivery;
    }

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

    /** Holds the delivery back until {@code until}, without counting an attempt. */
    public void holdUntil(Instant until, String reason) {
        nextAttemptAt = until;
        lastError = reason;
    }

    public void cancel(String reason) {
        status = DeliveryStatus.CANCELLED;
        lastError = reason;
    }
}
