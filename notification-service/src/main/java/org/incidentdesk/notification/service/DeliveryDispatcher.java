package org.incidentdesk.notification.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

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
 * Sends due deliveries. A failure is retried with backoff and parked after the last attempt; once a message goes
 * through on the same channel, the parked ones are queued again (a few times at most): nothing is lost. Emails to
 * one recipient are capped per hour; the rest wait.
 * Logs name the delivery, never its recipient or content.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    private static final int BATCH_SIZE = 50;
    private static final Duration CAP_WINDOW = Duration.ofHours(1);

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

    /** Emails are capped per recipient and hour; chat and webhooks are not (one message per incident change). */
    private boolean overCap(Delivery delivery) {
        return delivery.channel != DeliveryChannel.IRC && delivery.channel != DeliveryChannel.WEBHOOK
                && deliveries.sentSince(delivery.channel, delivery.recipient,
                Instant.now(clock).minus(CAP_WINDOW)) >= config.hourlyCapPerRecipient();
    }

    @Scheduled(every = "${incident-desk.notification.dispatch-interval:1s}", delayed = "1s",
            skipExecutionIf = NotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void dispatchDue() {
        List<Delivery> due = deliveries.lockDue(Instant.now(clock), BATCH_SIZE);
        due.forEach(this::attempt);
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

    private void attempt(Delivery delivery) {
        if (overCap(delivery)) {
            delivery.holdUntil(Instant.now(clock).plus(CAP_WINDOW), "Held back: the recipient's hourly cap of "
                    + config.hourlyCapPerRecipient() + " messages was reached");
            LOG.warnf("Delivery %d (%s, %s) held back an hour: its recipient reached the hourly cap", delivery.id,
                    delivery.channel, delivery.template);
            return;
        }
        try {
            sender.send(delivery);
            delivery.markSent(Instant.now(clock));
            outcomes.publish(delivery, Outcome.SENT, delivery.sentAt);
            LOG.infof("Delivery %d (%s, %s) sent", delivery.id, delivery.channel, delivery.template);
            int requeued = deliveries.requeueParked(delivery.channel, Instant.now(clock), config.maxRequeues());
            if (requeued > 0) {
                LOG.infof("%s works again: %d parked deliveries are queued again", delivery.channel, requeued);
            }
        } catch (RecipientErasedException e) {
            delivery.cancel(e.getMessage());
            outcomes.publish(delivery, Outcome.CANCELLED, Instant.now(clock));
            LOG.infof("Delivery %d (%s, %s) cancelled: %s", delivery.id, delivery.channel, delivery.template,
                    e.getMessage());
        } catch (RuntimeException e) {
            String error = FailureDescription.of(e);
            boolean probe = delivery.attempts >= config.maxAttempts();
            delivery.markFailed(error, Instant.now(clock), config.firstRetryDelay(), config.maxAttempts());
            if (probe) {
                LOG.infof("Delivery %d (%s) tried again while parked: its channel still fails (%s)", delivery.id,
                        delivery.channel, error);
                return;
            }
            LOG.warnf("Delivery %d (%s, %s) failed, attempt %d: %s", delivery.id, delivery.channel,
                    delivery.template, delivery.attempts, error);
            if (delivery.status == DeliveryStatus.PARKED) {
                outcomes.publish(delivery, Outcome.PARKED, Instant.now(clock));
                LOG.errorf("Delivery %d parked after %d attempts", delivery.id, delivery.attempts);
            }
        }
    }
}
