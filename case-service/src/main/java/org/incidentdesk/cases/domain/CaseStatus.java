package org.incidentdesk.cases.domain;

import org.incidentdesk.events.CaseFamily;

/** Where a case stands. The full state machines of both families come with the case tracker. */
public enum CaseStatus {
    /** A conduct case waiting for its first reply and assessment. */
    RECEIVED,
    /** An operational incident being handled. */
    OPEN,
    CLOSED;

    public static CaseStatus initialFor(CaseFamily family) {
        return family == CaseFamily.CONDUCT ? RECEIVED : OPEN;
    }
}
