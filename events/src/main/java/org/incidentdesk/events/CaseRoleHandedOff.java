package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone took or was handed a role of an operational incident (the first responder takes both).
 *
 * @param role COMMUNICATOR or DIAGNOSIS_LEAD
 * @param from who held it before; null for the first responder
 */
public record CaseRoleHandedOff(
        UUID caseId,
        String reference,
        boolean confidential,
        String role,
        String from,
        String to,
        String handedBy,
        Instant handedAt) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
