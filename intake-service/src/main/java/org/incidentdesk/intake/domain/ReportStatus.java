package org.incidentdesk.intake.domain;

import java.util.Arrays;
import java.util.List;

/** Where a report is, as its reporter may see it with their receipt. */
public enum ReportStatus {
    RECEIVED,
    ROUTED,
    IN_PROGRESS,
    CLOSED;

    /** The statuses a report may leave for this one: statuses only move forward. */
    public List<ReportStatus> earlier() {
        return Arrays.asList(values()).subList(0, ordinal());
    }
}
