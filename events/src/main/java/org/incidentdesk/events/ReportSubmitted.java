package org.incidentdesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * intake-service accepted a report. Carries ids and classification only: the reporter's identity and every
 * free-text field stay encrypted in intake-service, which gives them to services entitled to them by report id.
 *
 * @param emergencyType what kind of emergency, for {@link ReportKind#EMERGENCY} only
 * @param behaviour the reported behaviour, for {@link ReportKind#CONDUCT} only
 * @param affectedService the service from the catalogue, for outages and lost data
 * @param impact how badly users are affected, for outages when known
 * @param signal the alert's name when a monitoring system raised the report
 * @param reporterLanguage the language to write to the reporter in (BCP 47 tag)
 * @param reporterReachable whether intake holds an email address to write to the reporter
 * @param reportedPartyMayBeTold whether the reporter agrees that the reported party may be told of the report
 */
public record ReportSubmitted(
        UUID reportId,
        ReportKind kind,
        EmergencyType emergencyType,
        BehaviourType behaviour,
        ReportSource source,
        String community,
        String affectedService,
        OutageImpact impact,
        String signal,
        String reporterLanguage,
        boolean reporterReachable,
        boolean reportedPartyMayBeTold,
        Instant receivedAt) implements IncidentDeskEvent {

    @Override
    public String aggregateId() {
        return reportId.toString();
    }
}
