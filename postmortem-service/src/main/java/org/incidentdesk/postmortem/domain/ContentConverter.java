package org.incidentdesk.postmortem.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.incidentdesk.platform.json.StoredJson;

/** Stores a report's content as one JSON document (column type {@code text}). */
@Converter
public class ContentConverter implements AttributeConverter<PostmortemContent, String> {

    private static final ObjectMapper JSON = StoredJson.mapper();

    @Override
    public String convertToDatabaseColumn(PostmortemContent content) {
        try {
            return JSON.writeValueAsString(content == null ? PostmortemContent.empty() : content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A post-mortem's content could not be written as JSON", e);
        }
    }

    @Override
    public PostmortemContent convertToEntityAttribute(String json) {
        try {
            return json == null ? PostmortemContent.empty() : JSON.readValue(json, PostmortemContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored post-mortem's content is not readable", e);
        }
    }
}
