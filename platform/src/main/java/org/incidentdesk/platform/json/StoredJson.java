package org.incidentdesk.platform.json;

import jakarta.ws.rs.ext.ContextResolver;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper for what a service reads back rather than receives: its own sealed data, the answers of the
 * other services it calls. {@link StorableText} judges request bodies only; a text that reached storage before it
 * (or by another way in, e.g. an email or a chat line) must stay readable. REST clients register it with
 * {@code @RegisterProvider(StoredJson.class)}.
 */
public class StoredJson implements ContextResolver<ObjectMapper> {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules() // java.time, Optional and parameter names, as Quarkus' own mapper has them
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }
}
