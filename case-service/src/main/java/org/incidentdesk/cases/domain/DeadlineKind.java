package org.incidentdesk.cases.domain;

/** What a conduct case owes the people involved, and by when (source 001). */
public enum DeadlineKind {
    /** Reply to the reporter within 3 days of receipt. */
    REPLY_TO_REPORTER,
    /** Notify the reporter and, with their permission, the reported party within 7 days of forming the sub-team. */
    NOTIFY_PARTIES,
    /** While investigating: update the reporter and the reported party every 14 days. */
    STATUS_UPDATE
}
