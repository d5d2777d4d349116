package org.incidentdesk.events;

import java.util.Arrays;
import java.util.List;

/** The registry of the contract: for each event, its wire name, schema version, topic and record type. */
public enum EventType {

    REPORT_SUBMITTED("report.submitted", 1, Topics.REPORT_SUBMITTED, ReportSubmitted.class),
    REPORT_ROUTED("report.routed", 1, Topics.REPORT_ROUTED, ReportRouted.class),
    CASE_OPENED("case.opened", 1, Topics.CASE_OPENED, CaseOpened.class),
    CASE_CLOSED("case.closed", 1, Topics.CASE_CLOSED, CaseClosed.class),
    CASE_STATE_CHANGED("case.state-changed", 1, Topics.CASE_STATE_CHANGED, CaseStateChanged.class),
    CASE_DEADLINE_CHANGED("case.deadline-changed", 1, Topics.CASE_DEADLINE_CHANGED, CaseDeadlineChanged.class),
    CASE_ROLE_HANDED_OFF("case.role-handed-off", 1, Topics.CASE_ROLE_HANDED_OFF, CaseRoleHandedOff.class),
    CASE_SUB_TEAM_CHANGED("case.sub-team-changed", 1, Topics.CASE_SUB_TEAM_CHANGED, CaseSubTeamChanged.class),
    CASE_DECISION_ISSUED("case.decision-issued", 1, Topics.CASE_DECISION_ISSUED, CaseDecisionIssued.class),
    CASE_BAN_EXPIRED("case.ban-expired", 1, Topics.CASE_BAN_EXPIRED, CaseBanExpired.class),
    CASE_TIMELINE_ENTRY_ADDED("case.timeline-entry-added", 1, Topics.CASE_TIMELINE_ENTRY_ADDED,
            CaseTimelineEntryAdded.class),
    CHAT_LINE_LOGGED("chat.line-logged", 1, Topics.CHAT_LINE_LOGGED, ChatLineLogged.class),
    CASE_SEVERITY_CHANGED("case.severity-changed", 1, Topics.CASE_SEVERITY_CHANGED, CaseSeverityChanged.class),
    POSTMORTEM_DRAFTED("postmortem.drafted", 1, Topics.POSTMORTEM_DRAFTED, PostmortemDrafted.class),
    ALERT_RESOLVED("alert.resolved", 1, Topics.ALERT_RESOLVED, AlertResolved.class),
    REPORTER_ERASED("reporter.erased", 1, Topics.REPORTER_ERASED, ReporterErased.class),
    COMMUNITY_CONFIGURED("community.configured", 1, Topics.COMMUNITY_CONFIGURED, CommunityConfigured.class),
    OUTAGE_ALERT_RESOLVED("outage.alert-resolved", 1, Topics.OUTAGE_ALERT_RESOLVED, OutageAlertResolved.class),
    CASE_PARTY_MESSAGE_REQUESTED("case.party-message-requested", 1, Topics.CASE_PARTY_MESSAGE_REQUESTED,
            CasePartyMessageRequested.class),
    NOTIFICATION_DELIVERY_OUTCOME("notification.delivery-outcome", 1, Topics.NOTIFICATION_DELIVERY_OUTCOME,
            NotificationDeliveryOutcome.class),
    POSTMORTEM_PUBLISHED("postmortem.published", 1, Topics.POSTMORTEM_PUBLISHED, PostmortemPublished.class),
    POSTMORTEM_ACTION_ITEM_OVERDUE("postmortem.action-item-overdue", 1, Topics.POSTMORTEM_ACTION_ITEM_OVERDUE,
            PostmortemActionItemOverdue.class);

    private final String wireName;
    private final int schemaVersion;
    private final String topic;
    private final Class<? extends IncidentDeskEvent> recordType;

    EventType(String wireName, int schemaVersion, String topic, Class<? extends IncidentDeskEvent> recordType) {
        this.wireName = wireName;
        this.schemaVersion = schemaVersion;
        this.topic = topic;
        this.recordType = recordType;
    }

    public String wireName() {
        return wireName;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends IncidentDeskEvent> recordType() {
        return recordType;
    }

    public static List<EventType> all() {
        return List.of(values());
    }

    public static EventType of(IncidentDeskEvent event) {
        return of(event.getClass());
    }

    public static EventType of(Class<? extends IncidentDeskEvent> recordType) {
        return Arrays.stream(values())
                .filter(type -> type.recordType.equals(recordType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an event of the contract: " + recordType));
    }
}
