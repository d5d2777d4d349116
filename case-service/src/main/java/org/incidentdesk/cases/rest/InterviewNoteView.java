package org.incidentdesk.cases.rest;

import java.time.Instant;
import java.util.UUID;

import org.incidentdesk.cases.domain.InterviewNote;

public record InterviewNoteView(UUID id, UUID partyId, String text, String writtenBy, Instant writtenAt) {

    static InterviewNoteView of(InterviewNote note) {
        return new InterviewNoteView(note.id, note.partyId, note.text, note.writtenBy, note.writtenAt);
    }
}
