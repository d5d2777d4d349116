package org.incidentdesk.postmortem.domain;

/** Where the cause lay. */
public enum CauseCategory {
    HUMAN,
    TECHNICAL,
    UPSTREAM
}
