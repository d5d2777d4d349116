package org.incidentdesk.postmortem.rest;

import java.time.Instant;
import java.util.List;

import org.incidentdesk.postmortem.domain.Classification;
import org.incidentdesk.postmortem.domain.PostmortemContent;
import org.incidentdesk.postmortem.domain.PostmortemRevision;

/** One saved state of a report, with who changed which fields. */
public record RevisionView(int revision, String title, Classification classification, PostmortemContent content,
        List<String> changedFields, String changedBy, Instant changedAt) {

    static RevisionView of(PostmortemRevision saved) {
        return new RevisionView(saved.revision, saved.title, saved.classification, saved.content,
                saved.changedFields, saved.changedBy, saved.changedAt);
    }
}
