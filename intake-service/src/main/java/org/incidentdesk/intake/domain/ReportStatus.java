package org.incidentdesk.intake.domain;

/** Where a report is, as its reporter may see it with their receipt. */
public enum ReportStatus {
    RECEIVED,
    ROUTED,
    IN_PROGRESS,
    CLOSED
}
