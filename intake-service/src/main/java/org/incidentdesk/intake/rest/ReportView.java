package org.incidentdesk.intake.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.events.BehaviourType;
import org.incidentdesk.events.EmergencyType;
import org.incidentdesk.events.OutageImpact;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.intake.domain.ReportStatus;

/**
 * A report as authorised staff see it. Once the reporter's personal data is erased, only the classification
 * remains and {@code personalDataErased} is true. Text is JSON strings: clients must render it as text.
 */
public record ReportView(UUID id, ReportKind kind, EmergencyType emergencyType, BehaviourType behaviour,
        ReportSource source, String community, String affectedService, OutageImpact impact, Instant since,
        String signal, ReportStatus status, Instant receivedAt, boolean personalDataErased, Content content) {

    /** The decrypted part. */
    public record Content(String summary, String details, String symptoms, String url, String reporterUsername,
            String reportedUser, String page, Long revision, String commentId, String topicId,
            boolean reportedPartyMayBeTold) {
    }
}
