package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The reporter's personal data of a report was erased on request: its key is destroyed, so every copy is
 * unreadable. Services drop whatever they derived from it (e.g. pending messages to the reporter).
 */
public record ReporterErased(UUID reportId, Instant erasedAt) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return reportId.toString();
    }
}
