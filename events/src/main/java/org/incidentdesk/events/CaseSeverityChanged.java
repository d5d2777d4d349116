package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Routing reassessed an outage's severity as more reports arrived, and its incident's severity changed.
 *
 * @param from the severity before; null when the incident had none
 */
public record CaseSeverityChanged(
        UUID caseId,
        String reference,
        boolean confidential,
        OutageSeverity from,
        OutageSeverity to,
        int reportCount,
        Instant changedAt) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
