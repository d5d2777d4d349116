package org.incidentdesk.events;

/** What a reporter says happened. */
public enum ReportKind {
    /** Immediate threat of physical harm. */
    EMERGENCY,
    /** Harassment or another code-of-conduct violation. */
    CONDUCT,
    /** A service is down, partly down or degraded. */
    OUTAGE,
    DATA_LOSS,
    SECURITY,
    /** Support requests and anything else that is not an incident. */
    OTHER
}
