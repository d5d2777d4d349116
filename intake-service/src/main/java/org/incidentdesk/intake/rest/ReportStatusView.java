package org.incidentdesk.intake.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.intake.domain.ReportStatus;

/**
 * A report's status as its reporter sees it with the receipt token: nothing about the people involved or the
 * responders.
 *
 * @param nextStep what happens now, in words for the reporter
 * @param getSupport the community's "Get support" page, when the report went to its own process or was redirected
 * @param getSupportForBehaviour the community's page for the reported behaviour, when it has one
 * @param noticeboard the community's public noticeboard, when its process is public
 */
public record ReportStatusView(UUID id, ReportStatus status, Instant receivedAt, Instant updatedAt, String nextStep,
        String getSupport, String getSupportForBehaviour, String noticeboard) {
}
