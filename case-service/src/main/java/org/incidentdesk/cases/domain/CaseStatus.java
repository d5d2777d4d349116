package org.incidentdesk.cases.domain;

import org.incidentdesk.events.CaseFamily;

/**
 * Where a case stands. Conduct cases: received, assessing, then closed as not a violation or investigating,
 * deciding and closed with a decision. Operational incidents: open, investigating, mitigated, resolved, closed.
 * {@link CaseLifecycle} says which moves each family allows.
 */
public enum CaseStatus {
    /** A conduct case waiting for its first reply and assessment. */
    RECEIVED,
    /** Does the report possibly violate the Code of Conduct? */
    ASSESSING,
    /** Closed: not a violation (out of scope), with the explanation sent to the reporter. */
    CLOSED_NOT_A_VIOLATION,
    /** The sub-team (conduct) or the responders (operational) find out what happened. */
    INVESTIGATING,
    /** The sub-team decides on correction, warning, temporary or permanent ban. */
    DECIDING,
    /** Closed with a decision and its response plan. */
    CLOSED_WITH_DECISION,
    /** An operational incident, just opened. */
    OPEN,
    /** Users are no longer (or less) affected; the cause may still be there. */
    MITIGATED,
    /** The cause is fixed. */
    RESOLVED,
    /** An operational incident, closed. */
    CLOSED;

    public static CaseStatus initialFor(CaseFamily family) {
        return family == CaseFamily.CONDUCT ? RECEIVED : OPEN;
    }

    public boolean isClosed() {
        return this == CLOSED || this == CLOSED_NOT_A_VIOLATION || this == CLOSED_WITH_DECISION;
    }
}
