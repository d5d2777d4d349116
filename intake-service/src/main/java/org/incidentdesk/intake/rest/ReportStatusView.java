package org.incidentdesk.intake.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.intake.domain.ReportStatus;

/**
 * A report's status as its reporter sees it with the receipt token: nothing about the people involved or the
 * responders.
 *
 * @param nextStep what happens now, in words for the reporter
 * @param getSupport where the community's own process is, when the report went to it
 */
public record ReportStatusView(UUID id, ReportStatus status, Instant receivedAt, Instant updatedAt, String nextStep,
        String getSupport) {
}
