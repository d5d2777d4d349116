package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * routing-service passes a monitoring system's resolution on to the outage incident the alert's report was
 * coalesced into.
 */
public record OutageAlertResolved(UUID incidentId, UUID reportId, String alertSource, String signal,
        Instant resolvedAt) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return incidentId.toString();
    }
}
