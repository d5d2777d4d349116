package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry was added to a case's timeline (operational incidents' above all). The entry's text stays in
 * case-service.
 *
 * @param kind NOTE, STATE_CHANGE, ROLE_HAND_OFF, SERVICE_STATE, SEVERITY, CHAT_LOG or ALERT_RESOLVED
 */
public record CaseTimelineEntryAdded(
        UUID caseId,
        String reference,
        boolean confidential,
        UUID entryId,
        String kind,
        String author,
        Instant at) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
