package org.incidentdesk.cases.domain;

/** The two roles of an operational incident; the first responder holds both until a hand-off. */
public enum IncidentRole {
    /** Keeps users and staff informed. */
    COMMUNICATOR,
    /** Leads finding and fixing the cause. */
    DIAGNOSIS_LEAD
}
