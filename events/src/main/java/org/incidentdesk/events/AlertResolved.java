package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A monitoring system says the alert behind an outage report has resolved.
 *
 * @param reportId the report the alert raised when it fired
 * @param signal the alert's name
 */
public record AlertResolved(UUID reportId, String alertSource, String signal, Instant resolvedAt)
        implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return reportId.toString();
    }
}
