package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/** postmortem-service created a draft report for a closed incident. */
public record PostmortemDrafted(
        UUID postmortemId, UUID caseId, String caseReference, String title, boolean confidential, Instant draftedAt)
        implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return postmortemId.toString();
    }
}
