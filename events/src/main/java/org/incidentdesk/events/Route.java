package org.incidentdesk.events;

/** Where routing sends a report. */
public enum Route {
    /** To Trust &amp; Safety, private, highest urgency. */
    EMERGENCY,
    /** To the community's own process (its "Get support" page and destination). */
    COMMUNITY_PROCESS,
    /** To the Incident Response Team's case tracker. */
    CONDUCT_CASE,
    /** To the infrastructure on-call. */
    OUTAGE,
    /** To the security specialists, confidential. */
    SECURITY,
    /** Not an incident: redirected with an explanation. */
    NOT_ACTIONABLE;

    /** Whether case-service opens a case for a report routed here. */
    public boolean opensCase() {
        return this == EMERGENCY || this == CONDUCT_CASE || this == OUTAGE || this == SECURITY;
    }
}
