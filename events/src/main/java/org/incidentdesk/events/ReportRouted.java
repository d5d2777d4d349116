package org.incidentdesk.events;

import java.util.UUID;

/**
 * routing-service decided where a report goes.
 *
 * @param rule the id of the classification rule that matched
 * @param reason why, in words a responder can read
 * @param report the report as submitted, so that consumers need not call intake
 */
public record ReportRouted(UUID reportId, Route route, String rule, String reason, ReportSubmitted report)
        implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return reportId.toString();
    }
}
