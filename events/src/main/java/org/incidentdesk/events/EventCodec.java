package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Turns envelopes into JSON and back. Decoding is typed: the consumer names the event it expects, and a
 * record of another type or of an unknown schema version is refused as unreadable.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Newer producers may add fields; a consumer reads what it knows (backward compatible evolution).
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventCodec() {
    }

    public static String encode(EventEnvelope<?> envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode event " + envelope.type(), e);
        }
    }

    public static <T extends IncidentDeskEvent> EventEnvelope<T> decode(String json, Class<T> expected) {
        EventType expectedType = EventType.of(expected);
        JsonNode tree = readTree(json);
        String type = tree.path("type").asText(null);
        if (!expectedType.wireName().equals(type)) {
            throw new UnreadableEventException("Expected an event of type " + expectedType.wireName() + " but got " + type);
        }
        int version = tree.path("schemaVersion").asInt(-1);
        if (version < 1 || version > expectedType.schemaVersion()) {
            throw new UnreadableEventException("Unsupported schema version " + version + " of " + type);
        }
        try {
            return new EventEnvelope<>(
                    UUID.fromString(tree.path("eventId").asText()),
                    type,
                    version,
                    MAPPER.treeToValue(tree.path("occurredAt"), Instant.class),
                    tree.path("aggregateId").asText(),
                    MAPPER.treeToValue(tree.path("payload"), expected));
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            // The reason names where, never what: field values may be personal data.
            throw new UnreadableEventException("Malformed " + type + " event" + where(e));
        }
    }

    private static String where(Exception e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return " at " + mapping.getPathReference();
        }
        return "";
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : e.getLocation().getLineNr();
    }

    private static JsonNode readTree(String json) {
        if (json == null || json.isBlank()) {
            throw new UnreadableEventException("Empty event record");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("Event record is not JSON (line " + lineOf(e) + ")");
        }
    }
}
