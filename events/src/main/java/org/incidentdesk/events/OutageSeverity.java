package org.incidentdesk.events;

/** How urgent an outage is for the infrastructure on-call, from its user-facing impact and its scope. */
public enum OutageSeverity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW
}
