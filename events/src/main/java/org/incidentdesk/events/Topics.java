package org.incidentdesk.events;

import java.util.List;

/** Kafka topic names. One topic per event type; every topic is keyed by the event's aggregate id. */
public final class Topics {

    public static final String REPORT_SUBMITTED = "incident-desk.report-submitted.v1";
    public static final String REPORT_ROUTED = "incident-desk.report-routed.v1";
    public static final String CASE_OPENED = "incident-desk.case-opened.v1";
    public static final String CASE_CLOSED = "incident-desk.case-closed.v1";
    public static final String CASE_STATE_CHANGED = "incident-desk.case-state-changed.v1";
    public static final String CASE_DEADLINE_CHANGED = "incident-desk.case-deadline-changed.v1";
    public static final String CASE_ROLE_HANDED_OFF = "incident-desk.case-role-handed-off.v1";
    public static final String CASE_SUB_TEAM_CHANGED = "incident-desk.case-sub-team-changed.v1";
    public static final String CASE_DECISION_ISSUED = "incident-desk.case-decision-issued.v1";
    public static final String CASE_BAN_EXPIRED = "incident-desk.case-ban-expired.v1";
    public static final String CASE_TIMELINE_ENTRY_ADDED = "incident-desk.case-timeline-entry-added.v1";
    public static final String CHAT_LINE_LOGGED = "incident-desk.chat-line-logged.v1";
    public static final String CASE_SEVERITY_CHANGED = "incident-desk.case-severity-changed.v1";
    public static final String POSTMORTEM_DRAFTED = "incident-desk.postmortem-drafted.v1";
    public static final String ALERT_RESOLVED = "incident-desk.alert-resolved.v1";
    public static final String REPORTER_ERASED = "incident-desk.reporter-erased.v1";
    public static final String COMMUNITY_CONFIGURED = "incident-desk.community-configured.v1";
    public static final String OUTAGE_ALERT_RESOLVED = "incident-desk.outage-alert-resolved.v1";
    public static final String CASE_PARTY_MESSAGE_REQUESTED = "incident-desk.case-party-message-requested.v1";
    public static final String NOTIFICATION_DELIVERY_OUTCOME = "incident-desk.notification-delivery-outcome.v1";
    public static final String POSTMORTEM_PUBLISHED = "incident-desk.postmortem-published.v1";
    public static final String POSTMORTEM_ACTION_ITEM_OVERDUE = "incident-desk.postmortem-action-item-overdue.v1";

    private Topics() {
    }

    /** Every topic of the contract, for the tools that create them (launcher, Helm job, tests). */
    public static List<String> all() {
        return EventType.all().stream().map(EventType::topic).distinct().toList();
    }
}
