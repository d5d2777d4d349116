package org.incidentdesk.events;

/** The way a report came in. */
public enum ReportSource {
    /** A trusted client (the wiki) filed it for a community member. */
    COMMUNITY_MEMBER,
    /** Someone without an account reported an outage. */
    ANONYMOUS,
    /** A monitoring system's alert (Prometheus Alertmanager, Grafana). */
    MONITORING_ALERT,
    /** A signed-in staff member declared it. */
    STAFF,
    /** A message to the private reports mailbox. */
    EMAIL
}
