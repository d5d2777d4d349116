package org.incidentdesk.cases.domain.subteam;

/** The rules a conduct case's sub-team must meet (source 001, step 2). */
public enum TeamConstraint {
    /** Exactly the configured number of distinct, active IRT members. */
    SIZE,
    /** Nobody with a declared connection to the case or its parties. */
    CONFLICT_OF_INTEREST,
    /** Nobody away during the investigation's expected window. */
    AVAILABILITY,
    /** Members and parties within the configured time-zone spread of each other. */
    TIME_ZONE_SPREAD
}
