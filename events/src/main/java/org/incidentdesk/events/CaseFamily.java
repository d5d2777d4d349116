package org.incidentdesk.events;

/** The two families of incident the desk handles. */
public enum CaseFamily {
    /** Outages, data loss and security incidents of the hosted service. */
    OPERATIONAL,
    /** Harassment and code-of-conduct reports, emergencies included. */
    CONDUCT
}
