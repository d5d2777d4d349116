package org.incidentdesk.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on every topic: the event's identity and metadata around its typed payload.
 *
 * @param eventId unique per event; consumers use it to process each event once
 * @param type the wire name of the event type, e.g. {@code report.submitted}
 * @param schemaVersion the version of the payload's schema
 * @param occurredAt when the producing service committed the change
 * @param aggregateId the id of the thing the event is about (also the record key)
 * @param payload the event itself
 */
public record EventEnvelope<T extends IncidentDeskEvent>(
        UUID eventId, String type, int schemaVersion, Instant occurredAt, String aggregateId, T payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
    }

    /** Wraps a new event with a fresh id, its type from the contract and the given time. */
    public static <T extends IncidentDeskEvent> EventEnvelope<T> wrap(T payload, Instant occurredAt) {
        EventType type = EventType.of(payload);
        return new EventEnvelope<>(UUID.randomUUID(), type.wireName(), type.schemaVersion(), occurredAt,
                payload.aggregateId(), payload);
    }

    public String topic() {
        return EventType.of(payload).topic();
    }
}
