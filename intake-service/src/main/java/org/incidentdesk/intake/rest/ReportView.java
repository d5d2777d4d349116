package org.incidentdesk.intake.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.events.ReportKind;

/** A report as staff see it. */
public record ReportView(UUID id, ReportKind kind, String community, String summary, String details,
        String affectedService, String reporterUsername, Instant receivedAt) {
}
