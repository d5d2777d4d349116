package org.incidentdesk.platform.outbox;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.IncidentDeskEvent;

/**
 * Records an event in the current transaction. It reaches Kafka only if that transaction commits, and then
 * surely: the relay publishes it. Services never send to Kafka directly.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository repository;
    private final Event<OutboxMessageRecorded> recorded;
    private final Clock clock;

    public Outbox(OutboxRepository repository, Event<OutboxMessageRecorded> recorded, Clock clock) {
        this.repository = repository;
        this.recorded = recorded;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends IncidentDeskEvent> EventEnvelope<T> publish(T event) {
        EventEnvelope<T> envelope = EventEnvelope.wrap(event, Instant.now(clock));
        OutboxMessage message = new OutboxMessage();
        message.eventId = envelope.eventId();
        message.eventType = envelope.type();
        message.topic = envelope.topic();
        message.aggregateId = envelope.aggregateId();
        message.payload = EventCodec.encode(envelope);
        message.createdAt = envelope.occurredAt();
        repository.persist(message);
        recorded.fire(new OutboxMessageRecorded(message.id));
        return envelope;
    }
}
