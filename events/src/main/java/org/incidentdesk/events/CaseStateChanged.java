package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A case moved from one state to another (its family's state machine allowed it). States are those of
 * case-service's {@code CaseStatus}, as their names.
 *
 * @param confidential when true, public and chat channels may show only the reference
 * @param changedBy the staff member's user name
 * @param community the community the case is about, for the chat systems that community asked to hear of it
 */
public record CaseStateChanged(
        UUID caseId,
        String reference,
        CaseFamily family,
        Route route,
        boolean confidential,
        String from,
        String to,
        String changedBy,
        Instant changedAt,
        String community) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
