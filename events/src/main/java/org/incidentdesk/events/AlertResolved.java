package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A monitoring system says the alert behind an outage report has resolved.
 *
 * @param reportId the report the alert raised when it fired
 * @param signal the alert's name
 * @param community the community of the report the alert raised
 * @param affectedService the service of that report
 */
public record AlertResolved(UUID reportId, String alertSource, String signal, Instant resolvedAt, String community,
        String affectedService) implements IncidentDeskEvent {

    /** Keyed like the outage reports, so that the resolution follows them in the same partition. */
    @Override
    public String aggregateId() {
        return OutageKey.of(community, affectedService);
    }
}
