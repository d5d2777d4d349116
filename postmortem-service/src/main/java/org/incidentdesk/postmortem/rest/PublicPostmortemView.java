package org.incidentdesk.postmortem.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.incidentdesk.postmortem.domain.OutageMinutes;
import org.incidentdesk.postmortem.domain.PostmortemContent;
import org.incidentdesk.postmortem.service.PublicPostmortems;

/** A published report as anyone may read it: no internal field, no internal action item, no owner. */
public record PublicPostmortemView(UUID id, String title, String caseReference, Instant publishedAt,
        Instant incidentStartedAt, Instant incidentEndedAt, int revision, Instant updatedAt, PostmortemContent content,
        OutageMinutes outageMinutes, List<PublicActionItem> actionItems) {

    public record PublicActionItem(String description, Instant dueAt, boolean done, String trackerUrl) {
    }

    static PublicPostmortemView of(PublicPostmortems.PublicReport report) {
        return new PublicPostmortemView(report.id(), report.title(), report.caseReference(), report.publishedAt(),
                report.incidentStartedAt(), report.incidentEndedAt(), report.revision(), report.updatedAt(),
                report.content(), report.outageMinutes(), report.actionItems().stream()
                        .map(item -> new PublicActionItem(item.description, item.dueAt, item.doneAt != null,
                                item.trackerUrl)).toList());
    }
}
