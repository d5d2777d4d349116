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
 * Refuses, in every text of a request body, the characters that no text of ours may hold: the control characters
 * but tab, line feed and carriage return (NUL among them, which PostgreSQL cannot store), the non-characters
 * U+FFFE and U+FFFF and unpaired surrogates (which XML, e.g. the Atom feed, cannot carry). Refused while the body is
 * read, they are a 400 naming the field instead of a failure later (a 500 at the insert, a feed that no longer
 * renders).
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    static final String REASON = "must not contain control characters (other than tab and line breaks), U+FFFE, "
            + "U+FFFF or unpaired surrogates";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new Refusing()));
    }

    /** Whether every character of the text may be stored and shown anywhere. */
    public static boolean isStorable(String text) {
        return text.codePoints().allMatch(StorableText::isStorable);
    }

    /** The text without the characters no text may hold (for texts that reached storage before this check). */
    public static String withoutUnstorable(String text) {
        return isStorable(text) ? text : text.codePoints().filter(StorableText::isStorable)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** An unpaired surrogate comes out of {@link String#codePoints()} as a code point of its own. */
    private static boolean isStorable(int c) {
        return (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xFFFE && c != 0xFFFF
                && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    static final class Refusing extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && !isStorable(text)) {
                throw InvalidFormatException.from(parser, REASON, text, String.class);
            }
            return text;
        }
    }
}
