package org.incidentdesk.events;

/** How badly users are affected by an outage. */
public enum OutageImpact {
    FULL_OUTAGE,
    PARTIAL_OUTAGE,
    DEGRADED
}
