package org.incidentdesk.postmortem.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.postmortem.domain.ActionItem;

public record ActionItemView(UUID id, String description, String owner, Instant dueAt, String trackerUrl,
        boolean internal, Instant doneAt, Instant overdueAt) {

    static ActionItemView of(ActionItem item) {
        return new ActionItemView(item.id, item.description, item.owner, item.dueAt, item.trackerUrl, item.internal,
                item.doneAt, item.overdueAt);
    }
}
