package org.incidentdesk.platform.json;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses the NUL character (U+0000) in every text of a request body. PostgreSQL cannot store it, so it
 * would otherwise fail at the insert as a 500; refused while reading, it is a 400 naming the field.
 */
@Singleton
public class NoNulInText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-in-text").addDeserializer(String.class, new Refusing()));
    }

    static final class Refusing extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, "must not contain the NUL character", text, String.class);
            }
            return text;
        }
    }
}
