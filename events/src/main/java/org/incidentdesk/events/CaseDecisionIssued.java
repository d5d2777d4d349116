package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The sub-team of a conduct case issued its decision. The response plan's text stays in case-service; services
 * entitled to it read it there by case id.
 *
 * @param decision CORRECTION, WARNING, TEMPORARY_BAN or PERMANENT_BAN
 * @param endsAt when a temporary ban ends; null for the others
 */
public record CaseDecisionIssued(
        UUID caseId,
        String reference,
        UUID decisionId,
        String decision,
        Instant endsAt,
        String issuedBy,
        Instant issuedAt) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
