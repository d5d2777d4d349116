package org.incidentdesk.cases.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param partyId the party interviewed, when the note is about one */
public record InterviewNoteRequest(UUID partyId, @NotBlank @Size(max = 20_000) String text) {
}
