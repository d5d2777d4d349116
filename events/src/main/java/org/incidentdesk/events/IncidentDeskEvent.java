package org.incidentdesk.events;

/**
 * Every event that crosses a service boundary. The set is closed: adding an event means adding a record
 * here and a constant to {@link EventType}, so producers and consumers cannot drift apart.
 */
public sealed interface IncidentDeskEvent
        permits ReportSubmitted, ReportRouted, CaseOpened, CaseClosed, PostmortemDrafted, AlertResolved,
        ReporterErased, CommunityConfigured, OutageAlertResolved, CaseStateChanged,
        CaseDeadlineChanged, CaseRoleHandedOff, CaseSubTeamChanged, CaseDecisionIssued, CaseBanExpired,
        ChatLineLogged, CaseTimelineEntryAdded, CaseSeverityChanged, CasePartyMessageRequested,
        NotificationDeliveryOutcome, PostmortemPublished, PostmortemActionItemOverdue {

    /** The id of the thing the event is about; also the Kafka record key, so its events stay in order. */
    String aggregateId();
}
