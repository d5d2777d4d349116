package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An action item of a post-mortem passed its due date undone: notification-service reminds its owner. Neither
 * the item's description nor the report's content: the owner reads them where they are.
 *
 * @param owner the staff member's user name
 * @param confidential whether the report is one of a security, privacy or legal incident
 */
public record PostmortemActionItemOverdue(
        UUID postmortemId,
        UUID actionItemId,
        String caseReference,
        String owner,
        Instant dueAt,
        boolean confidential) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return postmortemId.toString();
    }
}
