package org.incidentdesk.cases.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.cases.domain.CaseEvidence;

public record EvidenceView(UUID id, String description, String link, String addedBy, Instant addedAt) {

    static EvidenceView of(CaseEvidence evidence) {
        return new EvidenceView(evidence.id, evidence.description, evidence.link, evidence.addedBy, evidence.addedAt);
    }
}
