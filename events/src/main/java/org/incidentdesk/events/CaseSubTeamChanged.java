package org.incidentdesk.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The sub-team of three IRT members that investigates a conduct case was formed, or one of its members was
 * replaced. Names staff only, never the parties.
 *
 * @param change FORMED or REPLACED
 * @param members the sub-team after the change
 * @param joined who joined with this change (all three when formed)
 * @param left who left, for a replacement; null when formed
 */
public record CaseSubTeamChanged(
        UUID caseId,
        String reference,
        String change,
        List<String> members,
        List<String> joined,
        String left,
        String changedBy,
        Instant changedAt) implements IncidentDeskEvent {

    public CaseSubTeamChanged {
        members = List.copyOf(members);
        joined = List.copyOf(joined);
    }

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
