package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/** intake-service accepted a report. */
public record ReportSubmitted(
        UUID reportId,
        ReportKind kind,
        String community,
        String summary,
        String details,
        String affectedService,
        Reporter reporter,
        Instant receivedAt) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return reportId.toString();
    }
}
