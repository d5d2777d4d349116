package org.incidentdesk.platform.inbox;

import java.time.temporal.ChronoUnit;
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
 * the channel's dead-letter topic. Any other failure (the database is down, a lock timed out) is transient:
 * the event is retried with growing delays, for as long as it takes, and the partition waits, so no valid
 * event is ever dead-lettered or skipped.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final ProcessedEventLedger ledger;

    public IdempotentConsumer(ProcessedEventLedger ledger) {
        this.ledger = ledger;
    }

    @Retry(maxRetries = -1, delay = 500, maxDuration = 0, jitter = 200, abortOn = UnreadableEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public <T extends IncidentDeskEvent> void consume(String consumer, String record, Class<T> eventType,
            Consumer<EventEnvelope<T>> handler) {
        EventEnvelope<T> envelope = EventCodec.decode(record, eventType);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (ledger.recordFirstProcessing(envelope.eventId(), consumer)) {
                    handler.accept(envelope);
                } else {
                    LOG.debugf("%s already processed event %s, skipping it", consumer, envelope.eventId());
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("%s could not process event %s (%s), retrying: %s", consumer, envelope.eventId(),
                    envelope.type(), e.getClass().getSimpleName());
            throw e;
        }
    }
}
