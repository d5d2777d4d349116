package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A case was closed.
 *
 * @param postmortemRequired true when the incident had a user-facing outage, data loss or a security dimension
 * @param closedBy the staff member's user name
 * @param outageIncidentId the outage incident routing coalesced the case's reports into, for outages
 * @param reportId the report that opened the case
 */
public record CaseClosed(
        UUID caseId,
        String reference,
        CaseFamily family,
        Route route,
        String title,
        boolean confidential,
        boolean postmortemRequired,
        String resolution,
        String closedBy,
        Instant closedAt,
        UUID outageIncidentId,
        UUID reportId) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
