package org.incidentdesk.cases.domain;

/** What the sub-team of a conduct case decides (source 001, step 5), from the mildest. */
public enum DecisionKind {
    CORRECTION,
    WARNING,
    /** Ends on a date: its end is announced. */
    TEMPORARY_BAN,
    PERMANENT_BAN
}
