package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A post-mortem report was published (only operational incidents' reports ever are): notification-service
 * announces it in the ops channel.
 *
 * @param caseReference the incident's reference; null for a report about no case
 * @param publicUrl where anyone reads it, without signing in
 */
public record PostmortemPublished(
        UUID postmortemId,
        String caseReference,
        String title,
        int revision,
        String publishedBy,
        Instant publishedAt,
        String publicUrl) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return postmortemId.toString();
    }
}
