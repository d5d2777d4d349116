package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/** A temporary ban decided in a conduct case reached its end date. */
public record CaseBanExpired(
        UUID caseId,
        String reference,
        UUID decisionId,
        Instant endedAt) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
