package org.incidentdesk.postmortem.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.incidentdesk.postmortem.domain.Classification;
import org.incidentdesk.postmortem.domain.OutageMinutes;
import org.incidentdesk.postmortem.domain.Postmortem;
import org.incidentdesk.postmortem.domain.PostmortemContent;
import org.incidentdesk.postmortem.domain.PostmortemStatus;

/**
 * A report as staff see it: everything, internal fields included, and its computed outage minutes.
 * {@code publishedRevision} is the revision the public reads (null while none is public).
 */
public record PostmortemView(UUID id, UUID caseId, String caseReference, String title, PostmortemStatus status,
        Classification classification, boolean confidential, PostmortemContent content, OutageMinutes outageMinutes,
        int revision, List<String> reviewers, String approvedBy, Instant approvedAt, String publishedBy,
        Instant publishedAt, Integer publishedRevision, Instant incidentStartedAt, Instant incidentEndedAt, Instant importedAt,
        Instant createdAt, String updatedBy, Instant updatedAt) {

    static PostmortemView of(Postmortem p) {
        return new PostmortemView(p.id, p.caseId, p.caseReference, p.title, p.status, p.classification,
                p.confidential, p.content, p.outageMinutes(), p.revision, p.reviewers, p.approvedBy, p.approvedAt,
                p.publishedBy, p.publishedAt, p.publishedRevision, p.incidentStartedAt, p.incidentEndedAt, p.importedAt, p.createdAt,
                p.updatedBy, p.updatedAt);
    }
}
