package org.incidentdesk.postmortem.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.postmortem.domain.Postmortem;
import org.incidentdesk.postmortem.domain.PostmortemStatus;

public record PostmortemView(UUID id, UUID caseId, String caseReference, String title, PostmortemStatus status,
        boolean confidential, Instant createdAt) {

    static PostmortemView of(Postmortem p) {
        return new PostmortemView(p.id, p.caseId, p.caseReference, p.title, p.status, p.confidential, p.createdAt);
    }
}
