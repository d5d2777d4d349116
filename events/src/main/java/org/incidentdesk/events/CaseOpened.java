package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * case-service opened a case for a routed report.
 *
 * @param reference the human reference of the case, e.g. {@code INC-7} or {@code CASE-12}
 * @param confidential when true, public and chat channels may show only the reference
 * @param outageIncidentId for outages: the incident routing coalesced the case's reports into
 */
public record CaseOpened(
        UUID caseId,
        String reference,
        CaseFamily family,
        Route route,
        String title,
        boolean confidential,
        UUID reportId,
        String community,
        Instant openedAt,
        UUID outageIncidentId) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
