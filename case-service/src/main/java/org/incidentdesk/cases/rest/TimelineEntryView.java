package org.incidentdesk.cases.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.cases.domain.TimelineEntry;

public record TimelineEntryView(UUID id, TimelineEntry.Kind kind, String text, String author, Instant at) {

    static TimelineEntryView of(TimelineEntry entry) {
        return new TimelineEntryView(entry.id, entry.kind, entry.text, entry.author, entry.at);
    }
}
