package org.incidentdesk.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

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
 * @param emergencyHints the kinds of emergency that words in a non-emergency report suggest (intake reads the
 *        text, routing flags such reports for human review); empty when nothing suggests one
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
        Instant receivedAt,
        List<EmergencyType> emergencyHints) implements IncidentDeskEvent {

    public ReportSubmitted {
        emergencyHints = emergencyHints == null ? List.of() : List.copyOf(emergencyHints);
    }

    /** A report in which nothing suggests an emergency it does not declare. */
    public ReportSubmitted(UUID reportId, ReportKind kind, EmergencyType emergencyType, BehaviourType behaviour,
            ReportSource source, String community, String affectedService, OutageImpact impact, String signal,
            String reporterLanguage, boolean reporterReachable, boolean reportedPartyMayBeTold, Instant receivedAt) {
        this(reportId, kind, emergencyType, behaviour, source, community, affectedService, impact, signal,
                reporterLanguage, reporterReachable, reportedPartyMayBeTold, receivedAt, List.of());
    }

    @JsonIgnore
    public boolean isAboutAnOutage() {
        return kind == ReportKind.OUTAGE || kind == ReportKind.DATA_LOSS;
    }

    /** Outage reports are keyed by their {@link OutageKey}, so that one routing instance sees all of an outage. */
    @Override
    public String aggregateId() {
        return isAboutAnOutage() ? OutageKey.of(community, affectedService) : reportId.toString();
    }
}
