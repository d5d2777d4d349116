package org.incidentdesk.platform.inbox;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.IncidentDeskEvent;
import org.incidentdesk.events.UnreadableEventException;

/**
 * Decodes a record into the expected event and runs the handler once per event id and consumer, in a
 * transaction of its own that also records the event in the ledger.
 * <p>
 * A record that is not a valid event fails at once with {@link UnreadableEventException}, which nacks it to
 * the channel's dead-letter topic. A failure of the infrastructure (the database is down, a lock timed out, the
 * attempt ran out of its transaction's time) is transient: the event is retried with growing delays, for as long
 * as it takes, and the partition waits, so no valid event is dead-lettered because a server was away or slow. A failure of the event's own (a value the database
 * refuses, a bug) comes back on every attempt: after {@link InboxConfig#maxAttempts()} attempts the consumer gives
 * up with {@link PoisonEventException}, the event goes to the dead-letter topic, and the partition goes on.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final ProcessedEventLedger ledger;
    private final FailureKind failures;
    private final int maxAttempts;
    private final Duration transactionTimeout;
    /** Failed attempts of events that failed for a reason of their own, by consumer and event id. */
    private final Map<String, Integer> failedAttempts = new ConcurrentHashMap<>();

    public IdempotentConsumer(ProcessedEventLedger ledger, FailureKind failures, InboxConfig config) {
        this.ledger = ledger;
        this.failures = failures;
        this.maxAttempts = config.maxAttempts();
        this.transactionTimeout = config.transactionTimeout();
    }

    @Retry(maxRetries = -1, delay = 500, maxDuration = 0, jitter = 200,
            abortOn = { UnreadableEventException.class, PoisonEventException.class })
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public <T extends IncidentDeskEvent> void consume(String consumer, String record, Class<T> eventType,
            Consumer<EventEnvelope<T>> handler) {
        EventEnvelope<T> envelope = EventCodec.decode(record, eventType);
        String attemptKey = consumer + "/" + envelope.eventId();
        long attemptStarted = System.nanoTime();
        try {
            QuarkusTransaction.requiringNew().timeout(timeoutSeconds()).run(() -> {
                if (ledger.recordFirstProcessing(envelope.eventId(), consumer)) {
                    handler.accept(envelope);
                } else {
                    LOG.debugf("%s already processed event %s, skipping it", consumer, envelope.eventId());
                }
            });
            failedAttempts.remove(attemptKey);
        } catch (RuntimeException e) {
            if (ranOutOfTime(attemptStarted) || failures.isTransient(e)) {
                LOG.warnf("%s could not process event %s (%s), retrying: %s", consumer, envelope.eventId(),
                        envelope.type(), e.getClass().getSimpleName());
                throw e;
            }
            int attempts = failedAttempts.merge(attemptKey, 1, Integer::sum);
            if (attempts >= maxAttempts) {
                failedAttempts.remove(attemptKey);
                LOG.errorf("%s gives up on event %s (%s) after %d attempts, to the dead-letter topic: %s", consumer,
                        envelope.eventId(), envelope.type(), attempts, e.getClass().getSimpleName());
                throw new PoisonEventException(consumer + " gave up on event " + envelope.eventId() + " ("
                        + envelope.type() + ") after " + attempts + " attempts: " + e.getClass().getSimpleName(), e);
            }
            LOG.warnf("%s could not process event %s (%s), attempt %d of %d: %s", consumer, envelope.eventId(),
                    envelope.type(), attempts, maxAttempts, e.getClass().getSimpleName());
            throw e;
        }
    }

    private int timeoutSeconds() {
        return (int) Math.max(1, transactionTimeout.toSeconds());
    }

    private boolean ranOutOfTime(long attemptStartedNanos) {
        return Duration.ofNanos(System.nanoTime() - attemptStartedNanos).compareTo(transactionTimeout) >= 0;
    }
}
