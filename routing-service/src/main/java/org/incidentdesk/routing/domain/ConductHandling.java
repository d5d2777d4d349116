package org.incidentdesk.routing.domain;

/** Who handles non-emergency conduct reports about a community. */
public enum ConductHandling {
    /** The community's own process: its "Get support" page and its destination. */
    COMMUNITY_PROCESS,
    /** The community hands its cases to the Incident Response Team's case tracker. */
    INCIDENT_RESPONSE_TEAM
}
