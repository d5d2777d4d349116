package org.incidentdesk.platform.inbox;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.IncidentDeskEvent;

/**
 * Decodes a record into the expected event and runs the handler once per event id and consumer, in the
 * caller's transaction. A record that is not a valid event throws
 * {@link org.incidentdesk.events.UnreadableEventException}, which nacks it to the channel's dead-letter topic.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final ProcessedEventLedger ledger;

    public IdempotentConsumer(ProcessedEventLedger ledger) {
        this.ledger = ledger;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends IncidentDeskEvent> void consume(String consumer, String record, Class<T> eventType,
            Consumer<EventEnvelope<T>> handler) {
        EventEnvelope<T> envelope = EventCodec.decode(record, eventType);
        if (!ledger.recordFirstProcessing(envelope.eventId(), consumer)) {
            LOG.debugf("%s already processed event %s, skipping it", consumer, envelope.eventId());
            return;
        }
        handler.accept(envelope);
    }
}
