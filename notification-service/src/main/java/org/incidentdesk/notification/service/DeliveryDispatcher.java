package org.incidentdesk.notification.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.incidentdesk.events.NotificationDeliveryOutcome.Outcome;
import org.incidentdesk.notification.channel.DeliverySender;
import org.incidentdesk.notification.channel.RecipientErasedException;
import org.incidentdesk.notification.config.NotificationConfig;
import org.incidentdesk.notification.domain.Delivery;
import org.incidentdesk.notification.domain.DeliveryChannel;
import org.incidentdesk.notification.domain.DeliveryStatus;
import org.incidentdesk.notification.repository.DeliveryRepository;
import org.incidentdesk.platform.lifecycle.NotRunning;

/**
 * Sends due deliveries, one at a time: a short transaction claims one (locked with {@code SKIP LOCKED}, then put
 * out of reach for a lease while it is sent), the message goes out with no transaction open, and another short
 * transaction records what became of it. A slow channel therefore never rolls back a batch of messages already
 * sent (which would send them again); only a crash between sending and recording repeats one, after the lease.
 * A failure is retried with backoff and parked after the last attempt; once a message goes through on the same
 * channel, the parked ones are queued again (a few times at most), and a probe tries each channel's parked
 * messages now and then: nothing is lost. Emails to one recipient are capped per hour; the rest wait.
 * Logs name the delivery, never its recipient or content.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    private static final int BATCH_SIZE = 50;
    private static final int CANDIDATES = 10;
    private static final Duration CAP_WINDOW = Duration.ofHours(1);
    /** Longer than any send may take (two REST calls and an SMTP exchange, each with its own timeouts). */
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int RECORD_ATTEMPTS = 3;

    private final DeliveryRepository deliveries;
    private final DeliverySender sender;
    private final DeliveryOutcomes outcomes;
    private final NotificationConfig config;
    private final Clock clock;

    public DeliveryDispatcher(DeliveryRepository deliveries, DeliverySender sender, DeliveryOutcomes outcomes,
            NotificationConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.outcomes = outcomes;
        this.config = config;
        this.clock = clock;
    }

    /** What sending a delivery came to. */
    private sealed interface Result {
    }

    private record Sent() implements Result {
    }

    private record Cancelled(String reason) implements Result {
    }

    private record Failed(String error) implements Result {
    }

    @Scheduled(every = "${incident-desk.notification.dispatch-interval:1s}", delayed = "1s",
            skipExecutionIf = NotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        for (int i = 0; i < BATCH_SIZE; i++) {
            Optional<Delivery> claimed = QuarkusTransaction.requiringNew().call(this::claimNext);
            if (claimed.isEmpty()) {
                return;
            }
            Delivery delivery = claimed.get();
            Result result = send(delivery);
            recordOrRetry(delivery, result);
        }
    }

    /**
     * Records what sending came to, trying a few times: a result that is never recorded makes the delivery go out
     * again once its lease ends.
     */
    private void recordOrRetry(Delivery delivery, Result result) {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> record(delivery.id, result));
                return;
            } catch (RuntimeException e) {
                if (attempt == RECORD_ATTEMPTS) {
                    LOG.errorf("Delivery %d (%s): its %s could not be recorded (%s); it is tried again after its"
                            + " lease", delivery.id, delivery.channel, result.getClass().getSimpleName(),
                            e.getClass().getSimpleName());
                    return;
                }
            }
        }
    }

    /**
     * A channel that failed long enough to park its deliveries may work again with no new message to show it: per
     * channel, the parked delivery tried least recently is tried again; once it goes through, the rest follow.
     */
    @Scheduled(every = "${incident-desk.notification.parked-probe-interval:1m}", delayed = "10s",
            skipExecutionIf = NotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void probeParkedChannels() {
        int probes = deliveries.probeParked(Instant.now(clock));
        if (probes > 0) {
            LOG.infof("Trying %d parked deliveries again (one per channel) to see whether their channel works", probes);
        }
    }

    /** The next due delivery within its recipient's hourly cap, put out of other replicas' reach for the lease. */
    private Optional<Delivery> claimNext() {
        Instant now = Instant.now(clock);
        for (Delivery delivery : deliveries.lockDue(now, CANDIDATES)) {
            if (overCap(delivery, now)) {
                delivery.holdUntil(now.plus(CAP_WINDOW), "Held back: the recipient's hourly cap of "
                        + config.hourlyCapPerRecipient() + " messages was reached");
                LOG.warnf("Delivery %d (%s, %s) held back an hour: its recipient reached the hourly cap",
                        delivery.id, delivery.channel, delivery.template);
                continue;
            }
            delivery.nextAttemptAt = now.plus(LEASE);
            return Optional.of(delivery);
        }
        return Optional.empty();
    }

    /** Emails are capped per recipient and hour; chat and webhooks are not (one message per incident change). */
    private boolean overCap(Delivery delivery, Instant now) {
        return delivery.channel != DeliveryChannel.IRC && delivery.channel != DeliveryChannel.WEBHOOK
                && deliveries.sentSince(delivery.channel, delivery.recipient, now.minus(CAP_WINDOW))
                        >= config.hourlyCapPerRecipient();
    }

    private Result send(Delivery delivery) {
        try {
            sender.send(delivery);
            return new Sent();
        } catch (RecipientErasedException e) {
            return new Cancelled(e.getMessage());
        } catch (RuntimeException e) {
            return new Failed(FailureDescription.of(e));
        }
    }

    private void record(Long id, Result result) {
        // Locked, so that a cancellation committed while this is recorded is read here rather than overwritten.
        Delivery delivery = deliveries.findById(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        if (delivery.status != DeliveryStatus.PENDING && !(result instanceof Sent)) {
            LOG.infof("Delivery %d became %s while it was being sent: left so", delivery.id, delivery.status);
            return;
        }
        if (result instanceof Sent) {
            delivery.markSent(now);
            outcomes.publish(delivery, Outcome.SENT, delivery.sentAt);
            LOG.infof("Delivery %d (%s, %s) sent", delivery.id, delivery.channel, delivery.template);
            int requeued = deliveries.requeueParked(delivery.channel, now, config.maxRequeues());
            if (requeued > 0) {
                LOG.infof("%s works again: %d parked deliveries are queued again", delivery.channel, requeued);
            }
        } else if (result instanceof Cancelled cancelled) {
            delivery.cancel(cancelled.reason());
            outcomes.publish(delivery, Outcome.CANCELLED, now);
            LOG.infof("Delivery %d (%s, %s) cancelled: %s", delivery.id, delivery.channel, delivery.template,
                    cancelled.reason());
        } else if (result instanceof Failed failed) {
            failed(delivery, failed.error(), now);
        }
    }

    private void failed(Delivery delivery, String error, Instant now) {
        boolean probe = delivery.attempts >= config.maxAttempts();
        delivery.markFailed(error, now, config.firstRetryDelay(), config.maxAttempts());
        if (probe) {
            LOG.infof("Delivery %d (%s) tried again while parked: its channel still fails (%s)", delivery.id,
                    delivery.channel, error);
            return;
        }
        LOG.warnf("Delivery %d (%s, %s) failed, attempt %d: %s", delivery.id, delivery.channel,
                delivery.template, delivery.attempts, error);
        if (delivery.status == DeliveryStatus.PARKED) {
            outcomes.publish(delivery, Outcome.PARKED, now);
            LOG.errorf("Delivery %d parked after %d attempts", delivery.id, delivery.attempts);
        }
    }
}
